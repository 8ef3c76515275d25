/// The words councils write in a partner sheet's "Type" and "Responsible Authority" columns: a kind
/// of partner ("voluntary"), a responsible authority's type ("local authority", "police"), or yes/no.
enum PartnerKindWords {
    /// Words for each kind of partner.
    static let kinds: [(words: [String], value: PartnerKind)] = PartnerKind.allCases.map { ([$0.label, $0.rawValue], $0) } + [
        (["responsible", "statutory", "statutory partner", "statutory partners", "ra"], .responsibleAuthority),
        (["co-operating", "cooperating", "cooperating body", "co-operating partner", "duty to co-operate"], .cooperatingBody),
        (["invited", "invited partner", "non-statutory", "other"], .invitedMember),
        (["voluntary", "voluntary and community sector", "voluntary and community", "vcs", "vcse", "third sector", "charity", "community sector"],
         .voluntarySector),
    ]

    /// Words for each type of responsible authority.
    static let authorities: [(words: [String], value: AuthorityType)] = AuthorityType.allCases.map { ([$0.label, $0.rawValue], $0) } + [
        (["council", "local authority", "district council", "county council", "borough council", "unitary authority", "city council"], .council),
        (["police force", "constabulary", "police service"], .police),
        (["fire", "fire and rescue service", "fire and rescue authority", "fire service"], .fireAndRescue),
        (["nhs", "icb", "pct", "clinical commissioning group", "integrated care board", "health board"], .health),
        (["probation service", "national probation service"], .probation),
    ]

    static let yes = ["yes", "y", "true", "1", "x", "✓"]
    static let no = ["no", "n", "false", "0", "-"]

    /// The responsible authority type a word names, if any.
    static func authority(_ text: String) -> AuthorityType? {
        let key = FieldDescription.normalise(text)
        guard !key.isEmpty else { return nil }
        return authorities.first { $0.words.contains { FieldDescription.normalise($0) == key } }?.value
    }

    /// The kind of partner a word names, if any.
    static func kind(_ text: String) -> PartnerKind? {
        let key = FieldDescription.normalise(text)
        guard !key.isEmpty else { return nil }
        return kinds.first { $0.words.contains { FieldDescription.normalise($0) == key } }?.value
    }

    /// The responsible authority type a row names in its kind or authority column, without refusing anything.
    static func authority(of reader: RowReader) -> AuthorityType? {
        reader.text("authority").flatMap(authority) ?? reader.text("kind").flatMap(authority)
    }
}
