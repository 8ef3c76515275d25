extension Plan {
    /// The plan's year as a reader should take it today: "current year 2026-27", or, before the plan
    /// has begun, "starts in 2027-28".
    public func yearPhrase(today: Day) -> String {
        FinancialYear(containing: today) < currentYear ? "starts in \(currentYear)" : "current year \(currentYear)"
    }
}
