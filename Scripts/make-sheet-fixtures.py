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

# An action plan as a council keeps it: a title row, priority names, lead officers, UK dates,
# a RAG and the quarter's commentary, and a budget column in pounds.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Action Plan 2026-27"
ws["A1"] = "Northshire CSP Action Plan 2026/27"
ws.append(["Priority", "Action", "Lead Officer", "Partners", "By When", "Success Measure", "RAG Status", "Progress Update", "Budget £"])
ws.append(["Reducing violent crime", "Street pastors in the town centre on Friday and Saturday nights", "NTE Co-ordinator",
           "Police\nChurches Together", datetime.date(2027, 3, 31), "Violence with injury in the NTE down 10%", "Green",
           "Patrols running since October", 18500])
ws.append(["Reducing violent crime", "Licensed premises visits", "Licensing Manager", "Police", datetime.date(2026, 12, 31),
           "Every premises visited twice", "Amber", "Two officers off sick", 2500.5])
ws.append(["Domestic abuse", "IDVA service for high-risk victims", "DA Co-ordinator", "Health", datetime.date(2027, 3, 31),
           "80% of MARAC cases engaged", "Red", "Post vacant since August", 42000])
ws.append(["", "Total", "", "", None, "", "", "", "=SUM(I3:I5)"])
for n in range(3, 6):
    ws[f"E{n}"].number_format = "dd/mm/yyyy"
    ws[f"I{n}"].number_format = '"£"#,##0.00'
wb.save(out + "council-action-plan.xlsx")
print("wrote", out + "council-action-plan.xlsx")

# A quarterly indicator return: NI codes, a target for the year and the quarters by month names.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Q2 return"
ws.append(["NI", "Indicator", "Good is", "Unit", "Baseline", "Target", "Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"])
ws.append(["NI 15", "Serious violent crime rate", "Lower", "per 1,000 population", 0.82, 0.75, 0.21, 0.19, None, None])
ws.append(["NI 20", "Assault with injury crime rate", "Lower", "per 1,000 population", 6.1, 5.8, 1.4, 1.6, None, None])
ws.append(["LOCAL 1", "Repeat referrals to MARAC", "Lower", "%", 28, "25%", "27%", "26%", None, None])
wb.save(out + "council-indicator-return.xlsx")
print("wrote", out + "council-indicator-return.xlsx")

# A funding table: streams, years written 2026/27, amounts with pound signs, a projected line
# and a totals row made by a formula.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Funding"
ws.append(["Funding Stream", "Financial Year", "Amount (£)", "Confirmed?", "Notes"])
ws.append(["Home Office Safer Streets", "2026/27", 120000, "Yes", "Round 6"])
ws.append(["PCC Community Safety Fund", "2026/27", 85000, "Yes", ""])
ws.append(["District council contribution", "2026/27", "£40,000.00", "Projected", "Subject to budget setting"])
ws.append(["Total", "", "=SUM(C2:C4)", "", ""])
for n in range(2, 5):
    ws[f"C{n}"].number_format = '"£"#,##0.00'
wb.save(out + "council-funding.xlsx")
print("wrote", out + "council-funding.xlsx")

# An action plan kept wide, as councils monitor it: one row per action and a RAG and an update
# column for each quarter, named as councils name them ("Q1 Update", "Q2 Progress",
# "Q3 Commentary", "Q4 (Jan-Mar)"), a RAG written as a letter, a quarter not yet reported.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Monitoring 2026-27"
ws["A1"] = "Northshire CSP Action Plan 2026/27 - quarterly monitoring"
ws.append(["Priority", "Action", "Lead Officer", "Due Date", "Q1 RAG", "Q1 Update", "Q2 RAG", "Q2 Progress",
           "Q3 RAG", "Q3 Commentary", "Q4 (Jan-Mar)"])
ws.append(["Violence", "Street pastors in the town centre", "NTE Co-ordinator", datetime.date(2027, 3, 31),
           "Green", "Patrols started", "Amber", "Two volunteers left", None, None, None])
ws.append(["Violence", "Licensed premises visits", "Licensing Manager", datetime.date(2026, 12, 31),
           "G", "All premises listed", "Green", "First round done", "Red", "Officers off sick", None])
ws.append(["Domestic abuse", "IDVA service for high-risk victims", "DA Co-ordinator", datetime.date(2027, 3, 31),
           "Amber", "Recruiting", None, None, None, None, "Green"])
for n in range(3, 6):
    ws[f"D{n}"].number_format = "dd/mm/yyyy"
wb.save(out + "council-action-plan-wide.xlsx")
print("wrote", out + "council-action-plan-wide.xlsx")
