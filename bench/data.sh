# Sourced by the bench runners: finds a benchmark data set and, when it is not there, says where the set comes
# from and how to get it, before anything is built. The sets are never copied into the repository.
# PARLEY_BENCH names the folder that holds one subfolder per set (default: shared/bench beside the repository).

bench_root() {
  local repo
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  echo "${PARLEY_BENCH:-$repo/../shared/bench}"
}

# need_bench_data RUNNER SET PATH... : exits 2 unless every PATH (relative to the set's folder) exists.
need_bench_data() {
  local runner="$1" set="$2" dir missing=()
  shift 2
  dir="$(bench_root)/$set"
  for p in "$@"; do
    [ -e "$dir/$p" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  {
    echo "$runner: the '$set' data set is not at $dir (missing: ${missing[*]})."
    case "$set" in
      extraction) echo "  It is Zyte's article-extraction-benchmark: https://github.com/scrapinghub/article-extraction-benchmark (MIT)." ;;
      metadata) echo "  It is the htmldate evaluation set (https://github.com/adbar/htmldate, tests/) and the test pages of" \
        "postlight's Mercury parser (https://github.com/postlight/parser, fixtures/)." ;;
      quotes) echo "  It is PolNeAR, the political news attribution corpus: https://github.com/networkdynamics/PolNeAR (no licence" \
        "stated: evaluation only)." ;;
      events) echo "  It is PLOVER's gold records (https://github.com/openeventdata/PLOVER, gold_standard_records/) and the" \
        "PETRARCH2 validation sentences (https://github.com/openeventdata/UniversalPetrarch, data/text/)." ;;
      realnews) echo "  It is 33 real articles (BBC texts of the UCD BBC dataset, pages from extractors' test suites) annotated" \
        "by the project's readers." ;;
    esac
    echo "  bench/README.md says how to get it and the layout the runner reads; set PARLEY_BENCH to the folder that"
    echo "  holds '$set/'."
  } >&2
  exit 2
}
