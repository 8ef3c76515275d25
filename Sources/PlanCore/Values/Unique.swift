/// Keeps the first of each repeated value, in order.
public enum Unique {
    /// `values` with repeats removed, first occurrences kept in order.
    public static func values(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
