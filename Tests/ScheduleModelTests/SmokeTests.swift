import Testing
@testable import ScheduleModel

@Test func packageBuilds() { #expect(Bool(true)) }
