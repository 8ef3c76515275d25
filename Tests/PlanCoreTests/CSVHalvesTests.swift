import Testing
@testable import PlanCore

/// A large CSV file is read in two halves at once: the records, their lines, the rows a spreadsheet
/// shows and any fault must be exactly those of reading it in one pass.
@Suite("CSV read in two halves")
struct CSVHalvesTests {
    /// A file of `count` records, past the size read in halves, with quoted cells holding
    /// separators, doubled quotes and line breaks (CRLF and LF), and blank lines now and then.
    static func bigFile(count: Int = 3_000, lineEnd: String = "\r\n") -> [UInt8] {
        var text = "\u{FEFF}id,title,controls,note" + lineEnd
        for i in 1...count {
            text += "R\(i),\"Risk \(i), \"\"quoted\"\"\",\"Control A for \(i)\nControl B\r\nControl C\",plain text of row \(i)" + lineEnd
            if i % 97 == 0 { text += lineEnd }
        }
        return Array(text.utf8)
    }

    @Test func halvesGiveTheRecordsAndLinesOfOnePass() throws {
        for lineEnd in ["\r\n", "\n", "\r"] {
            let bytes = Self.bigFile(lineEnd: lineEnd)
            #expect(bytes.count >= CSV.parallelBytes)
            let split = try #require(bytes.withUnsafeBufferPointer { CSV.Parser.split($0) })
            // The split falls after a line end, at the start of a record ("R…"), past the middle.
            #expect(split >= bytes.count / 2)
            #expect(bytes[split] == UInt8(ascii: "R") || bytes[split] == UInt8(ascii: "\r") || bytes[split] == UInt8(ascii: "\n"))
            let onePass = try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: false)
            let halves = try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: true)
            #expect(halves == onePass)
            #expect(onePass.count == 3_001)
            #expect(onePass.last?.fields == ["R3000", "Risk 3000, \"quoted\"", "Control A for 3000\nControl B\nControl C", "plain text of row 3000"])
        }
    }

    @Test func aSplitInsideAQuotedCellMovesToTheNextRecord() throws {
        // One record whose quoted cell spans the middle of the file, line breaks and all.
        let long = String(repeating: "word, \"\"w\"\"\n", count: 40_000)
        let bytes = Array("a,b\n1,\"\(long)\"\n2,x\n".utf8)
        let split = try #require(bytes.withUnsafeBufferPointer { CSV.Parser.split($0) })
        #expect(Array(bytes[split...]) == Array("2,x\n".utf8))
        let halves = try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: true)
        #expect(halves == (try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: false)))
        #expect(halves.map(\.line) == [1, 2, 40_003])
    }

    @Test func aFaultInTheSecondHalfNamesItsLineInTheFile() throws {
        var bytes = Self.bigFile(lineEnd: "\n")
        bytes += Array("R9999,a\"b,c,d\n".utf8)
        let onePass = #expect(throws: CSV.SyntaxError.self) { try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: false) }
        let halves = #expect(throws: CSV.SyntaxError.self) { try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: true) }
        #expect(halves == onePass)
        // Header, 3,000 records of three lines each and 30 blank lines come before it.
        #expect(halves?.line == 1 + 3_000 * 3 + 30 + 1)
        #expect(halves?.message == "a double quote inside an unquoted field; quote the whole field")
    }

    @Test func aStrayQuoteInTheFirstHalfIsTheFaultReported() throws {
        // The stray quote upsets the count of quotes that finds the split; the first half's fault wins.
        var bytes = Array("id,title\nR0,ab\"c\n".utf8)
        bytes += Self.bigFile(lineEnd: "\n").dropFirst(3)
        let onePass = #expect(throws: CSV.SyntaxError.self) { try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: false) }
        let halves = #expect(throws: CSV.SyntaxError.self) { try CSV.read(bytes: bytes, separator: UInt8(ascii: ","), inHalves: true) }
        #expect(halves == onePass)
        #expect(halves?.line == 2)
    }

    @Test func rowNumbersAcrossTheHalvesAreTheSpreadsheetsRows() throws {
        let input = try TabularReader.read(Self.bigFile(), file: "big.csv")[0]
        // Each record's cells hold two line breaks, so record k (from 1, after the header) starts on
        // line 1 + 3(k - 1) + 1 plus the blank lines above it, and shows on row k + 1 plus those.
        let last = try #require(input.rows.last)
        #expect(last.number == 1 + 3_000 + 30)
        #expect(input.lines[last.number] == 1 + 3 * 2_999 + 1 + 30)
        #expect(input.place(last.number) == "big.csv, row 3031 (line 9029)")
        #expect(input.rows.map(\.number) == input.rows.indices.map { $0 + 1 + ($0 == 0 ? 0 : ($0 - 1) / 97) })
    }
}
