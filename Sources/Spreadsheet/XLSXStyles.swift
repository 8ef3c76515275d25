/// The workbook's one style sheet: the formats the writer's columns use, by index.
enum XLSXStyles {
    static let header = 1
    static let integer = 2
    static let decimal = 3
    static let money = 4
    static let percent = 5
    static let date = 6
    static let wrapped = 7
    /// Filled text: red, amber, green, grey.
    static let fills: [CellFill: Int] = [.red: 8, .amber: 9, .green: 10, .grey: 11]

    static func style(for cell: OutputCell, format: ColumnFormat) -> Int {
        if let f = cell.fill, let s = fills[f] { return s }
        switch (cell.value, format) {
        case (.date, _): return date
        case (.percent, _): return percent
        case (.number, .integer): return integer
        case (.number, .decimal): return decimal
        case (.number, .money): return money
        case (.number, .percent): return percent
        case (.number, .date): return date
        case (.text, .text): return wrapped
        default: return 0
        }
    }

    /// `xl/styles.xml`: fonts (normal, bold), fills (none, grey125, header, red, amber, green, grey),
    /// a thin bottom border for the header, number formats for pounds and dates, and the cell formats.
    static let xml: String = {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        out += #"<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;£&quot;#,##0.00;\-&quot;£&quot;#,##0.00"/>"#
        out += #"<numFmt numFmtId="165" formatCode="d mmm yyyy"/></numFmts>"#
        out += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        out += #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        out += #"<fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        for rgb in ["FFD9D9D9", "FFF4B6B6", "FFFCD9A4", "FFC6E5C0", "FFE7E6E6"] {
            out += #"<fill><patternFill patternType="solid"><fgColor rgb="\#(rgb)"/><bgColor indexed="64"/></patternFill></fill>"#
        }
        out += "</fills>"
        out += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        out += #"<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        let xfs = [
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
            #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#,
            #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
            #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#,
            #"<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>"#,
            #"<xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1"/>"#,
            #"<xf numFmtId="0" fontId="1" fillId="5" borderId="0" xfId="0" applyFont="1" applyFill="1"/>"#,
            #"<xf numFmtId="0" fontId="0" fillId="6" borderId="0" xfId="0" applyFill="1"/>"#,
        ]
        out += #"<cellXfs count="\#(xfs.count)">"# + xfs.joined() + "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return out + "</styleSheet>"
    }()
}
