#!/usr/bin/env python3
"""Makes the spreadsheet fixtures the tests read, with another program than SaferPlan (openpyxl).

Run from the repository root: python3 Scripts/make-sheet-fixtures.py
The LibreOffice fixtures are made from the first with (the UK CSV under a profile whose locale is en-GB):
  soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir OUT council-register.xlsx
  soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,,,,,,2' --outdir OUT council-register.xlsx
"""
import datetime
import openpyxl
from openpyxl.styles import Font

out = "Tests/SpreadsheetTests/Fixtures/"
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "Notes"
notes["A1"] = "This workbook holds the partnership's risk register on the next sheet."

ws = wb.create_sheet("Risk Register")
ws.merge_cells("A1:H1")
ws["A1"] = "Northshire CSP — Strategic Risk Register"
ws["A1"].font = Font(bold=True)
headers = ["Ref", "Risk Description", "Risk Owner", "Gross Likelihood", "Gross Impact", "Gross Score",
           "Current Likelihood", "Current Impact", "Current Score", "Existing Controls", "Next Review", "Budget (£)", "Active"]
ws.append([])
ws.append(headers)
rows = [
    ["", "Funding for the DV advocate ends in March", "Head of Community Safety", 4, 4, None, 3, 4, None,
     "Bid to the PCC\nExit plan agreed", datetime.date(2027, 1, 15), 120000, True],
    ["R02", "Partners withdraw from the ASB panel", "ASB Manager", 3, 3, None, 2, 3, None,
     "Terms of reference", datetime.date(2026, 12, 31), 0.5, False],
]
for r in rows:
    ws.append(r)
for i in range(len(rows)):
    n = 4 + i
    ws[f"F{n}"] = f"=D{n}*E{n}"
    ws[f"I{n}"] = f"=G{n}*H{n}"
for n in (4, 5):
    ws[f"K{n}"].number_format = "dd/mm/yyyy"
    ws[f"L{n}"].number_format = '"£"#,##0.00'
ws.append([])
ws.append(["R03", "Tab\tand a literal", "", None, None, None, None, None, None, None, None, None, None])
wb.save(out + "council-register.xlsx")
print("wrote", out + "council-register.xlsx")

# A register as Excel's plain "CSV" saves it on a Windows machine set to a European locale:
# semicolons, Windows-1252 (the £ is one byte), CRLF, a quoted newline.
import csv
with open(out + "council-register-cp1252.csv", "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["Risk No", "Description", "Lead Officer", "Likelihood (current)", "Impact (current)", "Mitigation", "Review by", "Cost £"])
    w.writerow(["R10", "Night-time economy budget cut by £40,000", "NTE Co-ordinator", "3", "3", "Street pastors\nTaxi marshals", "15/01/2027", "£40,000"])
print("wrote", out + "council-register-cp1252.csv")
