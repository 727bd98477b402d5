/// Formats and the demo pod that ship with Hearth.
public enum BuiltIn {
  /// The `check-in` format: arrive, share updates and asks, review actions, close.
  public static let checkIn = Format(
    name: "check-in", title: "Check-in",
    items: [
      AgendaItem(
        title: "Arrival round", kind: .round, timebox: 8 * 60, turnTimebox: 2 * 60, order: .rotate,
        prompt: "How are you arriving?"),
      AgendaItem(
        title: "Updates and asks", kind: .open, timebox: 20 * 60, turnTimebox: 4 * 60,
        queue: .balanced, prompt: "What has happened since we last met? What do you need?"),
      AgendaItem(
        title: "Action review", kind: .round, timebox: 5 * 60, turnTimebox: 60, order: .roster,
        prompt: "What did you commit to last time, and where is it?"),
      AgendaItem(
        title: "Closing round", kind: .round, timebox: 5 * 60, turnTimebox: 60, order: .random,
        prompt: "One word or a sentence for how you leave."),
    ])

  /// The `retrospective` format: what worked, what to change, and whether to continue.
  public static let retrospective = Format(
    name: "retrospective", title: "Retrospective",
    items: [
      AgendaItem(
        title: "Arrival round", kind: .round, timebox: 6 * 60, turnTimebox: 90, order: .rotate,
        prompt: "How are you arriving?"),
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
      AgendaItem(
        title: "Closing round", kind: .round, timebox: 5 * 60, turnTimebox: 60, order: .random,
        prompt: "One word or a sentence for how you leave."),
    ])

  /// Every format that ships with Hearth.
  public static let formats = [checkIn, retrospective]

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
