/** Quote extraction bench over ../shared/bench/quotes (PolNeAR), scored with that folder's score.py. */
package org.parley.bench.quotes;
