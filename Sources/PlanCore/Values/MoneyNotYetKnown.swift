extension Money {
    /// The words every screen, paper and sheet shows for a sum not yet known.
    public static let notYetKnownText = "not yet known"

    /// "£28,000", or "not yet known" for a sum not yet known.
    public static func text(_ amount: Money?) -> String { amount?.description ?? notYetKnownText }
}
