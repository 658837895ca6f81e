import ArgumentParser
import Testing

@testable import Tutor

@Suite struct ClassroomOptionsTests {
  @Test func themeFollowsTheFlagThenNoColorThenPresenterMode() throws {
    let learner = try ClassroomOptions.parse([])
    let presenter = try ClassroomOptions.parse(["--present"])
    #expect(learner.theme(requested: nil, environment: [:]) == .dark)
    #expect(presenter.theme(requested: nil, environment: [:]) == .highContrast)
    #expect(presenter.theme(requested: nil, environment: ["NO_COLOR": "1"]) == .mono)
    #expect(learner.theme(requested: nil, environment: ["NO_COLOR": ""]) == .dark)
    #expect(presenter.theme(requested: .light, environment: ["NO_COLOR": "1"]) == .light)
  }

  @Test func autoplayAndStepAreChecked() throws {
    let options = try ClassroomOptions.parse(["--present", "--autoplay", "--delay", "2.5", "--step", "3"])
    #expect(options.settings == PresenterSettings(presenting: true, autoplayDelay: 2.5))
    #expect(options.step == 3)
    #expect(try ClassroomOptions.parse(["--delay", "9"]).settings.autoplayDelay == nil)
    #expect(throws: (any Error).self) { try ClassroomOptions.parse(["--delay", "0"]) }
    #expect(throws: (any Error).self) { try ClassroomOptions.parse(["--step", "0"]) }
  }

  @Test func programFilesAndLessonsAreToldApart() {
    #expect(!OpenCommand.isProgramFile("3"))
    #expect(!OpenCommand.isProgramFile("stack-overflow"))
    #expect(OpenCommand.isProgramFile("/no/such/file.rs"))
  }
}
