/// Numbers as people write them.
public enum NumberFormat {
    /// `1.5`, `1180`, without a needless `.0`.
    public static func plain(_ v: Double) -> String { CSVExport.formatNumber(v) }

    /// `1,180` or `1.53`, grouped for reading.
    public static func grouped(_ v: Double) -> String {
        if v.rounded() == v && abs(v) < 1e15 {
            let n = Int(v)
            let digits = Array(String(abs(n)))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return (n < 0 ? "-" : "") + out
        }
        return plain((v * 100).rounded() / 100)
    }
}
