import Screen
import Testing

/// The answer of an open question is hidden wherever the screen spells it, and only there.
struct AnswerMaskTests {
  @Test(
    "hidden",
    arguments: [
      ("8", "ptr 8 B", "ptr ? B"),
      ("112", "3 frames use 112 bytes", "3 frames use ??? bytes"),
      ("16777232", "16,777,232 bytes", "??,???,??? bytes"),
      ("16777216", "16 MiB frame", "?? MiB frame"),
    ])
  func hidden(answer: String, text: String, masked: String) {
    #expect(AnswerMask(answers: [answer]).apply(to: text) == masked)
  }

  @Test(
    "left alone",
    arguments: [
      ("8", "96 B of 8 MiB"),
      ("8", "0x7fff_ffff_e008"),
      ("12", "112 bytes"),
      ("4", "4.5 and 2,4"),
    ])
  func leftAlone(answer: String, text: String) {
    #expect(AnswerMask(answers: [answer]).apply(to: text) == text)
  }
}
