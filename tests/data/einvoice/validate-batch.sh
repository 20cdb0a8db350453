#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# validate.sh for many files at once (issue 14): one Java start per syntax instead of one per
# file. Saxon-HE transforms a whole folder with -s:DIR -o:DIR, so the compiled Schematron is
# loaded once. Same report as validate.sh: every failed assertion, then "FILE: N fatal, M
# warning"; exits 1 when any file has a fatal or a CII file fails the schema.
#   validate-batch.sh UBL_DIR CII_DIR     (either may be "-" for none)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
saxon=/usr/share/java/Saxon-HE.jar
[ -f "$saxon" ] || { echo "Saxon-HE not found: apt-get install default-jre-headless libsaxonhe-java" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
if [ "$2" != "-" ]; then
  if ! xmllint --noout --schema "$here/cii/schema/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd" "$2"/*.xml 2>"$out/xsd"; then
    grep -v ' validates$' "$out/xsd" | sed 's/^/schema: /'; status=1
  fi
fi
run() { # syntax dir xslt
  [ "$2" = "-" ] && return 0
  mkdir -p "$out/$1"
  java -cp "$saxon" net.sf.saxon.Transform -s:"$2" -xsl:"$3" -o:"$out/$1" >"$out/$1.log" 2>&1 \
    || { tail -5 "$out/$1.log"; echo "$2: could not be validated"; return 1; }
}
run ubl "$1" "$here/ubl/EN16931-UBL-validation.xslt" || status=1
run cii "$2" "$here/cii/EN16931-CII-validation.xslt" || status=1
python3 - "$out" <<'PY' || status=1
import glob, os, sys, xml.etree.ElementTree as ET
ns = "{http://purl.oclc.org/dsdl/svrl}"
bad = False
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*", "*.xml"))):
    fatal = warn = 0
    for fa in ET.parse(path).getroot().iter(ns + "failed-assert"):
        flag = fa.get("flag", "fatal")
        text = " ".join((fa.findtext(ns + "text") or "").split())
        print(f"  {flag:7s} {fa.get('id') or '?'}: {text}")
        if flag == "fatal": fatal += 1
        else: warn += 1
    print(f"{os.path.basename(os.path.dirname(path))}/{os.path.basename(path)}: {fatal} fatal, {warn} warning")
    bad = bad or fatal > 0
sys.exit(1 if bad else 0)
PY
exit $status
