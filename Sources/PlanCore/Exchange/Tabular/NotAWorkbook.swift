/// A file named as an Excel workbook that is not one: an `.xlsx` file is a zip archive, so one that
/// is not a zip is said to be no workbook, rather than read as a CSV file without a header.
enum NotAWorkbook {
    /// The names of workbooks that are zip archives.
    static let extensions = [".xlsx", ".xlsm"]

    /// Why `bytes`, which are not a zip archive, cannot be the workbook `file` is named as; nil
    /// when the name is no workbook's.
    static func problem(_ bytes: [UInt8], file: String) -> String? {
        let name = file.lowercased()
        guard let ext = extensions.first(where: { name.hasSuffix($0) }) else { return nil }
        let text = !bytes.prefix(64 * 1024).contains(0)
        return "is named \(ext) but is not an Excel workbook: a workbook is a zip archive, and this file is "
            + (text ? "plain text" : "neither a zip archive nor text")
            + "; open it in the program that made it and save it again as a workbook (.xlsx) or as CSV (.csv)"
    }
}
