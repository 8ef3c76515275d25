import Testing
@testable import PlanCore

@Suite("Dates, years and quarters")
struct DayTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(dayNumber: n).dayNumber == n)
        }
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2008-03-28").weekday == 5)  // a Friday
    }

    @Test func invalidDatesAreRefused() {
        #expect(Day(year: 2009, month: 2, day: 29) == nil)
        #expect(Day(year: 2008, month: 2, day: 29) != nil)
        #expect(Day(iso: "2008-13-01") == nil)
        #expect(Day(iso: "2008-3-1") == nil)
    }

    @Test(arguments: [
        ("19/11/2007", "2007-11-19"), ("By 18/12/2007", "2007-12-18"), ("06/03/8", "2008-03-06"),
        ("28 March 2008", "2008-03-28"), ("2 Jun 08", "2008-06-02"), ("2008-04-22", "2008-04-22"),
        ("28.03.2008", "2008-03-28"),
    ])
    func lenientParsing(text: String, iso: String) {
        #expect(Day(lenient: text)?.iso == iso)
    }

    @Test func unreadableDates() {
        #expect(Day(lenient: "soon") == nil)
        #expect(Day(lenient: "31/02/2008") == nil)
        #expect(Day(lenient: "") == nil)
    }

    @Test func monthArithmeticClamps() {
        #expect(day("2008-01-31").adding(months: 1).iso == "2008-02-29")
        #expect(day("2008-11-15").adding(months: 3).iso == "2009-02-15")
        #expect(day("2008-03-01").adding(days: -1).iso == "2008-02-29")
    }

    @Test func financialYearsAndQuarters() {
        #expect(FinancialYear(containing: day("2009-03-31")).description == "2008-09")
        #expect(FinancialYear(containing: day("2009-04-01")).description == "2009-10")
        #expect(FinancialYear(text: "2008/09")?.start == 2008)
        #expect(FinancialYear(text: "2008-10") == nil)
        let q = Quarter(containing: day("2009-11-16"))
        #expect(q.description == "2009-10 Q3")
        #expect(q.first.iso == "2009-10-01")
        #expect(q.last.iso == "2009-12-31")
        #expect(q.next.description == "2009-10 Q4")
        #expect(q.next.next.description == "2010-11 Q1")
        #expect(Quarter(text: "Q4 2008-09")?.last.iso == "2009-03-31")
    }

    @Test func money() {
        #expect(Money(pounds: 241_037).description == "£241,037")
        #expect(Money(pence: 123_456).description == "£1,234.56")
        #expect(Money(pence: -50_000).description == "-£500")
        #expect(Money(text: "£28,000.5")?.pence == 2_800_050)
        #expect(Money(text: "-500")?.pence == -50_000)
        #expect(Money(text: "12.345") == nil)
        #expect(Money(text: "abc") == nil)
    }
}
