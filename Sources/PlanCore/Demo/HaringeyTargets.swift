extension HaringeyDemo {
    /// Seed 001: "Existing stretch targets for robbery and repeat victimisation of domestic violence
    /// and a local target for victim support services to young people will be incorporated in the
    /// LAA." The seed states no values, so none is recorded.
    static let agreedTargets: [String: AgreedTarget] = [
        "stretch-robbery": AgreedTarget(kind: .stretch, note: "Existing stretch target for robbery, to be incorporated in the LAA"),
        "stretch-dv": AgreedTarget(kind: .stretch,
                                   note: "Existing stretch target for repeat victimisation of domestic violence, to be incorporated in the LAA"),
        "local-yp-victims": AgreedTarget(kind: .local,
                                         note: "Local target for victim support services to young people, to be incorporated in the LAA"),
    ]

    /// The indicators with the stretch and local targets the seed names.
    static var indicatorsWithAgreedTargets: [Indicator] {
        indicators.map { i in
            var i = i
            if let t = agreedTargets[i.id] { i.agreedTargets = [t] }
            return i
        }
    }
}
