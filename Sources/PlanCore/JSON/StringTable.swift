#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One copy of each piece of text read more than once, so the many records that name the same
/// owner, reviewer, category or note share its storage instead of each holding their own.
///
/// Text of up to 15 bytes lives inside the string value itself and long text rarely repeats, so
/// only text of ``shared`` lengths is looked up. A table is used by one reader at a time; it is
/// dropped when the load ends, and the text it handed out lives on in the records.
final class StringTable {
    /// The lengths, in bytes, of the text that is looked up.
    static let shared = 16...64

    private var strings: [String] = []
    private var hashes: [UInt64] = []
    /// Open addressing: each slot holds an index into `strings` plus one, 0 when empty.
    private var slots: [Int32] = [Int32](repeating: 0, count: 1024)

    /// The number of different texts kept.
    var count: Int { strings.count }

    /// The text of the UTF-8 bytes `raw`, the same storage as earlier text of the same bytes; nil
    /// when they are not valid UTF-8. `ascii` says the bytes are all below 0x80.
    func string(_ raw: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        let h = Self.hash(raw)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while slots[k] != 0 {
            let at = Int(slots[k]) - 1
            if hashes[at] == h, Self.same(strings[at], raw) { return strings[at] }
            k = (k + 1) & mask
        }
        guard let s = ascii ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self) else {
            return nil
        }
        strings.append(s)
        hashes.append(h)
        slots[k] = Int32(strings.count)
        if strings.count * 2 > slots.count { grow() }
        return s
    }

    private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let bytes = UnsafeRawBufferPointer(raw)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h ^ (h >> 29)
    }

    private static func same(_ s: String, _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = s
        return s.withUTF8 { kept in
            guard kept.count == raw.count, let a = kept.baseAddress, let b = raw.baseAddress else { return kept.count == raw.count }
            return memcmp(a, b, raw.count) == 0
        }
    }

    private func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, h) in hashes.enumerated() {
            var k = Int(truncatingIfNeeded: h) & mask
            while slots[k] != 0 { k = (k + 1) & mask }
            slots[k] = Int32(n + 1)
        }
    }
}
