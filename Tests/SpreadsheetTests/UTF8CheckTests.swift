import Testing
@testable import Spreadsheet

/// A workbook part's UTF-8 is checked without copying it into a string, and the check agrees with
/// the standard library's on every case it is tricky about.
struct UTF8CheckTests {
    static func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } }
    static func standard(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test(arguments: [
        [], Array("plain ASCII, longer than eight bytes".utf8), Array("£ é — ふ 😀".utf8),
        [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
        [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x82],
        Array("12345678".utf8) + [0xE2, 0x82, 0xAC] + Array("12345678".utf8) + [0xAC],
    ] as [[UInt8]])
    func agreesWithTheStandardLibrary(bytes: [UInt8]) {
        #expect(Self.valid(bytes) == Self.standard(bytes))
    }

    @Test func agreesOnRandomBytes() {
        var generator = SplitMix(seed: 12)
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 24)
            // Mostly ASCII and the bytes that lead or continue a sequence, so both paths are taken.
            let bytes = (0..<count).map { _ -> UInt8 in
                let r = generator.next()
                return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : r % 3 == 1 ? 0x61 : UInt8(0x80 | (r >> 16) & 0x3F)
            }
            #expect(Self.valid(bytes) == Self.standard(bytes), "\(bytes)")
        }
    }
}

/// A small seeded generator, so the random cases are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
