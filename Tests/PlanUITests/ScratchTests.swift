import Testing
@testable import PlanCore
@testable import PlanUI

@Test func scratchPrint() {
    var s = demoState()
    print(Renderer.render(s).text)
    press(&s, [.char("6")])
    print(Renderer.render(s).text)
    press(&s, [.enter])
    print(Renderer.render(s).text)
    press(&s, [.escape, .char("e")])
    print(Renderer.render(s).text)
}
