/// Formats and the demo pod that ship with Hearth.
public enum BuiltIn {
  /// The `check-in` format: arrive, share updates and asks, review actions, close.
  public static let checkIn = Format(
    name: "check-in", title: "Check-in",
    items: [
      arrival("Arrival round", minutes: 8, turnSeconds: 2 * 60),
      AgendaItem(
        title: "Updates and asks", kind: .open, timebox: 20 * 60, turnTimebox: 4 * 60,
        queue: .balanced, prompt: "What has happened since we last met? What do you need?"),
      AgendaItem(
        title: "Action review", kind: .actions, timebox: 5 * 60,
        prompt: "What did we commit to, and where is each one?"),
      closingRound,
    ])

  /// The `retrospective` format: what worked, what to change, and whether to continue.
  public static let retrospective = Format(
    name: "retrospective", title: "Retrospective",
    items: [
      arrival("Arrival round", minutes: 6, turnSeconds: 90),
      AgendaItem(
        title: "What worked", kind: .round, timebox: 15 * 60, turnTimebox: 3 * 60,
        order: .roster, prompt: "What has worked for you in our pod?"),
      AgendaItem(
        title: "What to change", kind: .round, timebox: 15 * 60, turnTimebox: 3 * 60,
        order: .roster, prompt: "What would you change?"),
      AgendaItem(
        title: "Continue?", kind: .round, timebox: 10 * 60, turnTimebox: 2 * 60,
        order: .facilitatorLast,
        prompt: "Do you want to continue? For how many sessions, and how often?"),
      closingRound,
    ])

  /// The `case-clinic` format: microsolidarity peer coaching around one focus person's case.
  public static let caseClinic = Format(
    name: "case-clinic", title: "Case clinic",
    items: [
      AgendaItem(
        title: "Case statement", kind: .round, timebox: 10 * 60, turnTimebox: 10 * 60,
        prompt: "The case giver describes the situation and the question they hold.",
        focus: .speaks),
      AgendaItem(
        title: "Stillness", kind: .silence, timebox: 2 * 60,
        prompt: "Listen to what resonates: an image, a feeling, a gesture."),
      AgendaItem(
        title: "Mirroring", kind: .focus, timebox: 10 * 60, turnTimebox: 2 * 60, order: .roster,
        prompt: "Mirror back the image, feeling or gesture that came up for you."),
      AgendaItem(
        title: "Generative dialogue", kind: .open, timebox: 20 * 60, turnTimebox: 3 * 60,
        prompt: "Explore together what could help; the case giver leads.", focus: .included),
      AgendaItem(
        title: "Closing round", kind: .round, timebox: 10 * 60, turnTimebox: 2 * 60,
        order: .facilitatorLast, prompt: "What are you taking away?", focus: .included),
    ])

  /// The `tactical` format: check in, review actions, triage what needs doing, close.
  public static let tactical = Format(
    name: "tactical", title: "Tactical",
    items: [
      arrival("Check-in round", minutes: 5, turnSeconds: 60),
      AgendaItem(title: "Action review", kind: .actions, timebox: 10 * 60),
      AgendaItem(
        title: "Triage", kind: .open, timebox: 30 * 60, turnTimebox: 3 * 60, queue: .fifo,
        prompt: "What needs deciding or doing? One tension at a time."),
      closingRound,
    ])

  /// The round most formats open with, in rotation, `minutes` long.
  private static func arrival(_ title: String, minutes: Int, turnSeconds: Int) -> AgendaItem {
    AgendaItem(
      title: title, kind: .round, timebox: minutes * 60, turnTimebox: turnSeconds,
      order: .rotate, prompt: "How are you arriving?")
  }

  /// The short closing round in random order that check-in, retrospective and tactical end with.
  private static let closingRound = AgendaItem(
    title: "Closing round", kind: .round, timebox: 5 * 60, turnTimebox: 60, order: .random,
    prompt: "One word or a sentence for how you leave.")

  /// Every format that ships with Hearth.
  public static let formats = [checkIn, caseClinic, retrospective, tactical]

  /// The four-member pod `hearth demo` meets with.
  public static let demoPod = Pod(
    name: "Demo Pod",
    members: [
      Member(name: "Ana", pronouns: "she/her"),
      Member(name: "Bo", pronouns: "he/him"),
      Member(name: "Chen", pronouns: "they/them"),
      Member(name: "Dee", pronouns: "she/her"),
    ],
    roles: Pod.defaultRoles,
    agreements: ["What is said here stays here.", "Speak from your own experience."])
}
