/// The demos' meetings and papers, as the seeds state them.
extension HaringeyDemo {
    static let claire = "Claire Kowalska"
    static let claireRole = "Community Safety Strategic Manager"

    /// Seed 001 is the report to the SCEB meeting of 28 March 2008; seed 000's timetable names it too
    /// ("Despatch to SCEB for 28/03/08").
    static let meetings: [Meeting] = [
        Meeting(id: "csp-2008-03-28", body: "csp", date: H.day(2008, 3, 28), status: .held, agenda: [
            AgendaItem(id: "csp-2008-03-28-1", title: "Safer for All – Three-Year Partnership Plan (Draft)",
                       paper: "paper-plan-draft"),
        ], note: "The decision taken is not recorded in the paper."),
    ]

    static let papers: [BoardPaper] = [
        // Seed 000: the report that set the requirements and the timetable (its date is not given).
        BoardPaper(id: "paper-plan-requirements", subject: "3-year Strategic Partnership Plan", author: claire,
                   role: claireRole, body: "csp",
                   purpose: ["To inform board members of the requirements and duties for the forthcoming 3-year "
                             + "partnership plan to cover 2008-2011 and to set out a timetable for completion of the "
                             + "process (Appendix 1)"],
                   recommendations: ["Endorsement of the timetable attached in Appendix 1",
                                     "Recognition by board members of their duties under section 3",
                                     "Establishment of a small strategy group (sub-group of the SCEB) and appointment of a Chair"],
                   implications: ["Risk: delays to sign-off of the Safer Communities LAA targets",
                                  "Risk: delays in the finalisation of the Drug Strategy",
                                  "Risk: reductions in resources for Safer Communities delivery",
                                  "Risk: loss of skilled staff and/or changes to key partner roles",
                                  "Risk: lack of required level of co-operation from all parts of the partnership and all "
                                    + "main service departments of the Council (section 17 mainstreaming duty)",
                                  "Risk: delays in the confirmation of future partnership funding (from April 08)"]),
        // Seed 001.
        BoardPaper(id: "paper-plan-draft", subject: "Safer for All – Three-Year Partnership Plan (Draft)", author: claire,
                   role: claireRole, body: "csp", meeting: "csp-2008-03-28", date: H.day(2008, 3, 28),
                   purpose: ["For the Safer Communities Executive Board to agree the content, priorities and approach of "
                             + "the statutory 3-year partnership plan (attached)"]),
    ]
}

extension HerefordshireDemo {
    /// Seed 002 is the report to Cabinet of 1 May 2008.
    static let meetings: [Meeting] = [
        Meeting(id: "cabinet-2008-05-01", body: "cabinet", date: H.day(2008, 5, 1), status: .held, agenda: [
            AgendaItem(id: "cabinet-2008-05-01-1",
                       title: "Herefordshire Community Safety and Drugs Partnership – Partnership Plan",
                       paper: "paper-cabinet-plan"),
        ], note: "The decision taken is not recorded in the paper."),
    ]

    static let papers: [BoardPaper] = [
        BoardPaper(id: "paper-cabinet-plan", subject: "Herefordshire Community Safety and Drugs Partnership – Partnership Plan",
                   body: "cabinet", meeting: "cabinet-2008-05-01", date: H.day(2008, 5, 1),
                   purpose: ["To inform Cabinet that the Strategy Group of the Herefordshire Community Safety and Drugs "
                             + "Partnership (HCSDP) has approved the Partnership Plan (2008-2011)",
                             "To request that Cabinet considers the contents and adopts the plan"],
                   recommendations: ["It be recommended to Council that the Herefordshire Community Safety and Drugs "
                                     + "Partnership Plan be adopted"],
                   implications: ["Legal: non-adoption of this plan will put the council in breach of a statutory "
                                    + "requirement and may consequently be the subject of a judicial review",
                                  "Financial: the funding of the activity is largely from external sources and partner "
                                    + "contributions",
                                  "Risk: the resources available to address the priority areas and ensuring an effective "
                                    + "partnership is continued"],
                   note: "Portfolio responsibility: Economic Development and Community Services. A Key Decision, "
                    + "included on the Forward Plan."),
    ]
}
