import Foundation
import HearthCore

/// Three weekly sessions of a pod with known airtime, shared by the stats figures' tests and
/// the stats layout's tests.
public enum StatsFixture {
  /// 2026-01-06 19:00 UTC, when the first session started.
  public static let start = Date(timeIntervalSince1970: 1_767_726_000)
  public static let week = 7.0 * 86_400

  /// Anna was called Ana in the first two sessions; Eve is a member who has not come yet.
  public static let pod = Pod(
    name: "Crew",
    members: [
      Member(name: "Anna", formerNames: ["Ana"]), Member(name: "Bo"), Member(name: "Chen"),
      Member(name: "Dee"), Member(name: "Eve"), Member(name: "Old", active: false),
    ],
    roles: ["facilitator", "timekeeper", "scribe"])

  /// The three sessions, given newest first to show order does not matter.
  public static let sessions = [
    session(
      2, ["Anna", "Chen"], roles: ["facilitator": "Chen", "scribe": "Anna"],
      airtime: ["Anna": 100, "Chen": 100]),
    session(
      0, ["Ana", "Bo", "Chen"], roles: ["facilitator": "Ana", "timekeeper": "Bo"],
      airtime: ["Ana": 600, "Bo": 300, "Chen": 100]),
    session(
      1, ["Ana", "Bo", "Dee"], roles: ["facilitator": "Ana"],
      airtime: ["Ana": 300, "Bo": 300, "Dee": 0]),
  ]

  /// An hour-long check-in `week` weeks after `start`.
  public static func session(
    _ week: Int, _ attendees: [String], roles: [String: String], airtime: [String: Double]
  ) -> PodStats.Session {
    let started = start + Double(week) * Self.week
    return PodStats.Session(
      id: "2026-01-\(6 + 7 * week < 10 ? "0" : "")\(6 + 7 * week)T1900-check-in", started: started,
      ended: started + 3600, seconds: 3600, attendees: attendees, roles: roles, airtime: airtime)
  }
}
