import Testing

@testable import HearthCore

@Suite("How times are written")
struct TimeTextTests {
  @Test(
    "Clocks show m:ss, and h:mm:ss from an hour up",
    arguments: [
      (0, "0:00"), (5, "0:05"), (59, "0:59"), (60, "1:00"), (125, "2:05"), (599, "9:59"),
      (600, "10:00"), (3599, "59:59"), (3600, "1:00:00"), (3725, "1:02:05"), (36_000, "10:00:00"),
      (-5, "-0:05"), (-3725, "-1:02:05"),
    ])
  func clock(seconds: Int, text: String) {
    #expect(TimeText.clock(seconds) == text)
  }

  @Test(
    "A countdown shows time left, then +m:ss in overtime",
    arguments: [(90, "1:30"), (0, "0:00"), (-1, "+0:01"), (-12, "+0:12"), (-3725, "+1:02:05")])
  func countdown(remaining: Int, text: String) {
    #expect(TimeText.countdown(remaining) == text)
  }

  @Test(
    "Transcripts use short human durations",
    arguments: [
      (0.0, "0s"), (45, "45s"), (59.4, "59s"), (59.6, "1m 00s"), (125, "2m 05s"),
      (3599, "59m 59s"), (3600, "1h 00m"), (3720, "1h 02m"),
    ])
  func spoken(seconds: Double, text: String) {
    #expect(TimeText.spoken(seconds) == text)
  }
}
