#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the first page of a multi-page demo invoice in each built-in template, and a credit
# note of it in the default template, to PNG (issue 14 item 6) with the CLI and pdftoppm
# (poppler-utils), for the README.
#   scripts/render-templates.sh [BUILD_DIR] [OUTPUT_DIR]    (defaults: build docs/templates)
set -euo pipefail
build=${1:-build}
out=${2:-docs/templates}
cli="$build/app/invoicedesk-cli"
[ -x "$cli" ] || cli=$(find "$build" -name invoicedesk-cli -type f -perm -u+x | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" LC_ALL=C.UTF-8 LANGUAGE=
# TEMPLATES=resources/templates renders the templates of the working tree without a rebuild.
if [ -n "${TEMPLATES:-}" ]; then
  mkdir -p "$XDG_DATA_HOME/InvoiceDesk/InvoiceDesk/templates"
  cp "$TEMPLATES"/default.html "$TEMPLATES"/compact.html "$XDG_DATA_HOME/InvoiceDesk/InvoiceDesk/templates/"
fi
db="$work/demo.invoicedesk"
csv="$work/invoices.csv"
{
  echo "number,date,dueDate,currency,billing.company,billing.firstName,billing.lastName,billing.address1,billing.zip,billing.city,billing.countryId,shipping.company,shipping.address1,shipping.zip,shipping.city,shipping.countryId,line.quantity,line.unit,line.rate,line.taxRate,line.discountPercent,line.productCode,line.description"
  first="RE-2026-0117,2026-03-02,2026-03-16,EUR,Müller & Söhne KG,Petra,Müller,Lindenallee 4,50968,Köln,DE,Müller & Söhne KG Lager,Industriestraße 9,50829,Köln,DE"
  blank=",,,,,,,,,,,,,,,"
  for i in $(seq 1 45); do
    case $((i % 3)) in
      0) unit=Day; rate=680.00; tax=19; disc=""; what="Workshop-Tag $i: Markenstrategie und Moodboards" ;;
      1) unit=""; rate=95.50; tax=19; disc=10; what="Designkorrektur $i (Stunden)" ;;
      2) unit=""; rate=24.90; tax=7; disc=""; what="Gedruckter Styleguide (Exemplar $i)" ;;
    esac
    if [ "$i" -eq 1 ]; then prefix=$first; else prefix=$blank; fi
    echo "$prefix,$((i % 4 + 1)),$unit,$rate,$tax,$disc,ND-$((100 + i)),$what"
  done
} >"$csv"
"$cli" --db "$db" import invoices "$csv" >/dev/null
"$cli" --db "$db" company set name="Nordlicht Design GmbH" address1="Hafenstraße 12" \
  city=Hamburg zip=20457 countryId=DE vatId=DE298765432 registration="HRB 154321 Hamburg" \
  iban="DE89 3704 0044 0532 0130 00" bic=COBADEFFXXX bankName="Commerzbank" \
  email=rechnung@nordlicht.example phone="+49 40 1234567" paymentTerms="14 Tage netto" \
  footer="Geschäftsführerin: Jana Petersen · Amtsgericht Hamburg" >/dev/null
printf 'invoiceNumber,date,amount,method,reference\nRE-2026-0117,2026-03-05,1500.00,eft,Anzahlung\n' >"$work/payments.csv"
"$cli" --db "$db" import payments "$work/payments.csv" >/dev/null
mkdir -p "$out"
for template in default compact; do
  "$cli" --db "$db" pdf RE-2026-0117 --template "$template" --output "$work/$template.pdf" >/dev/null
  pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/$template.pdf" "$out/$template"
  echo "wrote $out/$template.png ($(pdfinfo "$work/$template.pdf" | sed -n 's/^Pages: *//p') pages)"
done
{
  echo "line.description,line.quantity,line.rate,line.taxRate"
  echo "Workshop-Tag 3: Markenstrategie (ein halber Tag entfallen),1,340.00,19"
  echo "Gedruckter Styleguide (Exemplar 2 beschädigt geliefert),1,24.90,7"
} >"$work/credit-lines.csv"
"$cli" --db "$db" credit-note --invoice RE-2026-0117 --lines "$work/credit-lines.csv" \
  --reason "Workshop verkürzt, ein Styleguide beschädigt" --date 2026-03-09 >/dev/null
"$cli" --db "$db" pdf CN-0001 --output "$work/creditnote.pdf" >/dev/null
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/creditnote.pdf" "$out/creditnote-default"
echo "wrote $out/creditnote-default.png"
