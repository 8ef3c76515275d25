/// The risk register's fields as sheets see them, from the risk catalogue: the CSV and workbook
/// columns, import matching and import messages all read them.
public enum RiskFields {
    /// Words councils put before "likelihood", "impact" or "score" for each of the three scores.
    static var stages: [(name: String, label: String, words: [String])] { Risk.stages }

    /// Every column, in the order SaferPlan writes them: the risk catalogue's sheet fields.
    public static func all(matrix: RiskMatrix = .standard) -> [FieldDescription] { Risk.catalogue.columns(matrix: matrix) }
}
