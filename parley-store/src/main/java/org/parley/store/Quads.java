package org.parley.store;

/** CAMEO quad classes from the root code, as GDELT assigns them. */
final class Quads {
  private Quads() {}

  /** 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  static int ofRoot(String cameoCode) {
    int root;
    try {
      root = Integer.parseInt(cameoCode.length() >= 2 ? cameoCode.substring(0, 2) : cameoCode);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (root <= 0 || root > 20) {
      return 0;
    }
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }
}
