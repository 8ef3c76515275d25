import Foundation
import SystemZlib
import ZIPFoundation

/// How far a workbook's parts may unpack. A compressed "bomb" is refused before anything is
/// inflated, from the sizes its entries declare, and again while inflating, from the bytes that
/// come out (a damaged or crafted archive may declare less than it holds).
public struct UnpackLimits: Sendable, Equatable {
    /// The most uncompressed bytes read from the whole workbook.
    public var totalBytes: Int
    /// The most a part may unpack to, as a multiple of its packed size, once it is larger than
    /// `ratioFloor`. Sheets that spreadsheet programs write unpack 5 to 40 times; deflate's most is
    /// about 1,030 times, which only a bomb's runs of one byte reach.
    public var maxRatio: Int
    /// Parts declaring fewer uncompressed bytes than this are not held to `maxRatio`.
    public var ratioFloor: Int

    /// The bounds of `totalBytes`, with the standard ratio and its floor.
    public init(totalBytes: Int, maxRatio: Int = 200, ratioFloor: Int = 1_048_576) {
        self.totalBytes = totalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }
}

/// Unpacks parts of a workbook's archive within `UnpackLimits`, counting the bytes it inflates and
/// checking each part's CRC-32 against the one its entry records.
struct PartUnpacker {
    /// The bytes inflated at a time: large chunks make fewer `Data` values and calls.
    static let chunkSize = 256 * 1024

    let archive: Archive
    let limits: UnpackLimits
    /// The bytes inflated so far, over every part.
    private(set) var inflated = 0

    init(archive: Archive, limits: UnpackLimits) {
        self.archive = archive
        self.limits = limits
    }

    /// The part at `path`, nil when the archive has none.
    mutating func unpack(_ path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let packed = max(1, Int(clamping: entry.compressedSize))
        try check(declared: declared, packed: packed, path: path)
        var out = Data()
        out.reserveCapacity(min(declared, 16 * 1_048_576))
        var count = 0
        var crc: uLong = 0
        let total = limits.totalBytes
        do {
            // The CRC is the system zlib's, computed as each chunk comes; ZIPFoundation's own, on
            // Linux, is a table-driven loop in Swift that took most of the time of unpacking a sheet.
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { chunk in
                count += chunk.count
                inflated += chunk.count
                if count > declared {
                    throw SpreadsheetError(part: path, "unpacks to more than the \(declared) bytes its entry declares, so the archive is "
                                           + "damaged or made to mislead; it was not read further")
                }
                if inflated > total { throw SpreadsheetError(part: path, "unpacks to more than \(PartUnpacker.megabytes(total))") }
                chunk.withUnsafeBytes { raw in
                    if let base = raw.bindMemory(to: Bytef.self).baseAddress { crc = SystemZlib.crc32(crc, base, uInt(raw.count)) }
                }
                out.append(chunk)
            }
        } catch let e as SpreadsheetError {
            throw e
        } catch {
            throw SpreadsheetError(part: path, "could not be unpacked (\(error))")
        }
        if UInt32(truncatingIfNeeded: crc) != entry.checksum {
            throw SpreadsheetError(part: path, "does not match the checksum its entry records (CRC-32 \(Self.hex(UInt32(truncatingIfNeeded: crc))), "
                                   + "recorded \(Self.hex(entry.checksum))), so the archive is damaged; it was not read")
        }
        return out
    }

    /// Refuses a part whose declared size is beyond what is left of the budget, or whose ratio of
    /// unpacked to packed size only a bomb has; nothing is inflated.
    func check(declared: Int, packed: Int, path: String) throws(SpreadsheetError) {
        let left = limits.totalBytes - inflated
        if declared > left {
            throw SpreadsheetError(part: path, "would unpack to \(PartUnpacker.megabytes(declared)), more than the "
                                   + "\(PartUnpacker.megabytes(limits.totalBytes)) SaferPlan unpacks from a workbook; it was not unpacked")
        }
        if declared >= limits.ratioFloor && declared / packed > limits.maxRatio {
            throw SpreadsheetError(part: path, "would unpack to \(declared / packed) times its packed size (\(PartUnpacker.megabytes(declared))), "
                                   + "as a zip bomb does; a workbook's parts unpack at most \(limits.maxRatio) times, so it was not unpacked")
        }
    }

    /// A checksum as eight hexadecimal digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// "16 MB", "512 KB" below a megabyte, "900 bytes" below a kilobyte.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
