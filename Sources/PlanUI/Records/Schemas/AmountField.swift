import PlanCore

extension Field {
    /// An amount that may not be known yet: blank (or "not yet known", "TBC") keeps it unknown,
    /// never £0; the note says why.
    static func amountOrUnknown(_ label: String, _ path: FieldPath<R, Money?>) -> Field {
        make(label, label, .money(optional: true), help: "pounds, e.g. 28000; blank while not yet known (say why in the note)",
             get: { r, _ in r[keyPath: path]?.plain ?? "" }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            let words = ["", "not yet known", "not known", "unknown", "tbc", "to be confirmed"]
            if words.contains(t.lowercased()) { r[keyPath: path] = nil; return }
            guard let m = Money(text: t) else {
                throw FieldError("\"\(t)\" is not an amount of money, e.g. 28000 or £1,234.50; leave it blank while not yet known")
            }
            r[keyPath: path] = m
        }
    }
}
