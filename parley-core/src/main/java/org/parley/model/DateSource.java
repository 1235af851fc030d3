package org.parley.model;

/** Where a publication date was found, strongest evidence first. */
public enum DateSource {
  JSON_LD, META, TIME_TAG, URL, TEXT, INPUT
}
