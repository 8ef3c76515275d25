extension RowReader {
    /// A date that may be written as a month ("January 2027", "By Jan 2027"), taken as the month's
    /// last day as the timetable takes it, with a note; otherwise as `date` reads it (`.some(nil)`
    /// for an empty cell, nil without a column or when refused).
    public mutating func dateOrMonth(_ field: String) -> Day?? {
        guard let c = cell(field) else { return .none }
        if case .text = c, case .failure = CellValues.date(c), let d = Day(endOfMonth: c.trimmedText) {
            note("\(match.place(field)): \"\(c.trimmedText)\" is taken as \(d.display), the month's last day")
            return .some(d)
        }
        return date(field)
    }
}
