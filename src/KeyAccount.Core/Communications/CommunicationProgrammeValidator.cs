using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Communications;

/// <summary>Checks a <see cref="CommunicationProgramme"/> and reports every defect as a <see cref="Diagnostic"/> (codes <c>KAC</c>).</summary>
public static class CommunicationProgrammeValidator
{
    /// <summary>Checks a programme, with the settings, the people directory and the development plan when given.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="settings">The settings (their diagnostics under <c>settings.</c>); <see cref="CommunicationSettings.Default"/> when null.</param>
    /// <param name="directory">The client's people; when given, audiences' people and units are checked against it (its own defects under <c>directory.</c>).</param>
    /// <param name="plan">The development plan; when given, the goals messages support are checked against it.</param>
    /// <returns>The diagnostics in the shared order (<see cref="Diagnostics.Sort"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(CommunicationProgramme programme, CommunicationSettings? settings = null, AudienceDirectory? directory = null, AccountPlan? plan = null)
    {
        Require.NotNull(programme, nameof(programme));
        settings ??= CommunicationSettings.Default;
        var bag = new DiagnosticBag();
        bag.AddRange(settings.Validate(), "settings");
        (HashSet<string> People, HashSet<string> Units)? people = directory is null ? null : CheckDirectory(directory, bag);
        var messages = CheckMessages(programme, plan, bag);
        var audiences = CheckAudiences(programme, people, bag);
        CheckItems(programme, settings, messages, audiences, bag);
        CheckMoney(programme, bag);
        if (plan is not null && plan.Client != programme.Client)
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.PlanOfAnotherClient), "client", "The programme is for {0} but the plan given is for {1}.", Wording.Quote(programme.Client.Value), Wording.Quote(plan.Client.Value));
        }

        return bag.ToSortedList();
    }

    private static DiagnosticDescriptor Code(string code) => CommunicationsDiagnosticCodes.Get(code);

    private static string At(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static (HashSet<string> People, HashSet<string> Units) CheckDirectory(AudienceDirectory directory, DiagnosticBag bag)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < directory.People.Count; i++)
        {
            var person = directory.People[i];
            var path = "directory." + At("people", i);
            var id = person.Id.Trim();
            if (id.Length == 0)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.DirectoryPersonId), path + ".id", "A person of the directory has a blank id.");
            }
            else if (!people.Add(id))
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.DirectoryPersonId), path + ".id", "The person {0} is listed twice in the directory.", Wording.Quote(id));
            }

            for (var k = 0; k < person.Kinds.Count; k++)
            {
                if (!EnumChecks.IsDefined(person.Kinds[k]))
                {
                    bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + "." + At("kinds", k), "{0} is not a kind of person.", (int)person.Kinds[k]);
                }
            }

            if (person.Unit is { } unit && unit.Trim().Length > 0)
            {
                units.Add(unit.Trim());
            }
        }

        return (people, units);
    }

    private static Dictionary<string, Message> CheckMessages(CommunicationProgramme programme, AccountPlan? plan, DiagnosticBag bag)
    {
        var byId = new Dictionary<string, Message>(StringComparer.Ordinal);
        HashSet<string>? goals = null;
        if (plan is not null)
        {
            goals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var goal in plan.Goals)
            {
                goals.Add(goal.Id.Trim());
            }
        }

        for (var i = 0; i < programme.Messages.Count; i++)
        {
            var message = programme.Messages[i];
            var path = At("messages", i);
            Identify(message.Id, path, "message", byId, message, bag);
            var typeDefined = EnumChecks.IsDefined(message.Type);
            if (!typeDefined)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + ".type", "{0} is not a message type.", (int)message.Type);
            }

            if (!EnumChecks.IsDefined(message.Subject))
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + ".subject", "{0} is not a message subject.", (int)message.Subject);
            }
            else if (typeDefined && MessageSubjects.TypeOf(message.Subject) != message.Type)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.SubjectOfAnotherType), path + ".subject", "The subject {0} belongs to {1} messages, not to {2} messages.", message.Subject, MessageSubjects.TypeOf(message.Subject), message.Type);
            }

            if (message.Functions.Count == 0)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.MessageServesNoFunction), path + ".functions", "The message {0} serves none of the three functions (make known, strengthen the partnership, keep informed).", Wording.Quote(message.Id));
            }

            for (var f = 0; f < message.Functions.Count; f++)
            {
                if (!EnumChecks.IsDefined(message.Functions[f]))
                {
                    bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + "." + At("functions", f), "{0} is not a function.", (int)message.Functions[f]);
                }
            }

            if (goals is not null)
            {
                for (var g = 0; g < message.Goals.Count; g++)
                {
                    if (!goals.Contains(message.Goals[g].Trim()))
                    {
                        bag.Add(Code(CommunicationsDiagnosticCodes.GoalNotInPlan), path + "." + At("goals", g), "The message supports the goal {0}, which the development plan does not hold.", Wording.Quote(message.Goals[g]));
                    }
                }
            }
        }

        return byId;
    }

    private static Dictionary<string, Audience> CheckAudiences(CommunicationProgramme programme, (HashSet<string> People, HashSet<string> Units)? directory, DiagnosticBag bag)
    {
        var byId = new Dictionary<string, Audience>(StringComparer.Ordinal);
        for (var i = 0; i < programme.Audiences.Count; i++)
        {
            var audience = programme.Audiences[i];
            var path = At("audiences", i);
            Identify(audience.Id, path, "audience", byId, audience, bag);
            if (!audience.WholeClient && audience.People.Count == 0 && audience.Kinds.Count == 0 && audience.Units.Count == 0)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.EmptyAudience), path, "The audience {0} names no person, kind or unit, and is not the whole client.", Wording.Quote(audience.Id));
            }

            for (var k = 0; k < audience.Kinds.Count; k++)
            {
                if (!EnumChecks.IsDefined(audience.Kinds[k]))
                {
                    bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + "." + At("kinds", k), "{0} is not a kind of person.", (int)audience.Kinds[k]);
                }
            }

            if (directory is { } known)
            {
                for (var p = 0; p < audience.People.Count; p++)
                {
                    if (!known.People.Contains(audience.People[p].Trim()))
                    {
                        bag.Add(Code(CommunicationsDiagnosticCodes.UnknownPersonOrUnit), path + "." + At("people", p), "The person {0} is not in the directory of the client's people.", Wording.Quote(audience.People[p]));
                    }
                }

                for (var u = 0; u < audience.Units.Count; u++)
                {
                    if (!known.Units.Contains(audience.Units[u].Trim()))
                    {
                        bag.Add(Code(CommunicationsDiagnosticCodes.UnknownPersonOrUnit), path + "." + At("units", u), "No person of the directory works in the unit {0}.", Wording.Quote(audience.Units[u]));
                    }
                }
            }
        }

        return byId;
    }

    private static void CheckItems(CommunicationProgramme programme, CommunicationSettings settings, Dictionary<string, Message> messages, Dictionary<string, Audience> audiences, DiagnosticBag bag)
    {
        var ids = new Dictionary<string, ProgrammeItem>(StringComparer.Ordinal);
        var period = programme.Period;
        for (var i = 0; i < programme.Items.Count; i++)
        {
            var item = programme.Items[i];
            var path = At("items", i);
            Identify(item.Id, path, "item", ids, item, bag);
            var known = messages.TryGetValue(item.Message.Trim(), out var message);
            if (!known)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UnknownMessage), path + ".message", "The item carries the message {0}, which the programme does not hold.", Wording.Quote(item.Message));
            }

            if (!audiences.ContainsKey(item.Audience.Trim()))
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UnknownAudience), path + ".audience", "The item addresses the audience {0}, which the programme does not hold.", Wording.Quote(item.Audience));
            }

            var toolDefined = EnumChecks.IsDefined(item.Tool);
            if (!toolDefined)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + ".tool", "{0} is not a tool.", (int)item.Tool);
            }

            var named = item.CustomTool is { } name && name.Trim().Length > 0;
            if (item.Tool == CommunicationTool.Custom && !named)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.CustomToolName), path + ".customTool", "The item uses a custom tool but does not name it.");
            }
            else if (item.Tool != CommunicationTool.Custom && item.CustomTool is not null)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.CustomToolName), path + ".customTool", "The item names the custom tool {0} but its tool is {1}; set the tool to Custom or remove the name.", Wording.Quote(item.CustomTool), item.Tool);
            }

            if (!EnumChecks.IsDefined(item.Status))
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UndefinedValue), path + ".status", "{0} is not a status.", (int)item.Status);
            }

            if (item.Owner is null || item.Owner.Trim().Length == 0)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.ItemWithoutOwner), path + ".owner", "The item {0} names nobody who carries it out.", Wording.Quote(item.Id));
            }

            if (known && toolDefined && item.Tool != CommunicationTool.Custom && EnumChecks.IsDefined(message!.Type)
                && settings.Suitability.Find(message.Type, item.Tool) is { Suitable: false } judgement)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.UnsuitableTool), path + ".tool", "{0} does not suit {1} messages: {2}", item.Tool, message.Type, judgement.Reason);
            }

            CheckWhen(item, path, period, bag);
        }
    }

    private static void CheckWhen(ProgrammeItem item, string path, NodaTime.DateInterval period, DiagnosticBag bag)
    {
        if (item.Date is null == item.Recurrence is null)
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.DateOrRecurrence), path, item.Date is null ? "The item has neither a date nor a recurrence." : "The item has both a date and a recurrence; keep one.");
        }

        if (item.Date is { } date && !period.Contains(date))
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.OutsidePeriod), path + ".date", "The item's date {0} is outside the programme period {1} to {2}.", Wording.Date(date), Wording.Date(period.Start), Wording.Date(period.End));
        }

        if (item.Recurrence is not { } recurrence)
        {
            return;
        }

        var at = path + ".recurrence";
        if (!RecurrenceExpansion.IsValidStep(recurrence.Every))
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.InvalidRecurrenceStep), at + ".every", "The step {0} must be a positive period of years, months, weeks and days only.", Wording.Period(recurrence.Every));
        }

        if (recurrence.End < recurrence.Start)
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.RecurrenceNeverOccurs), at + ".end", "The recurrence ends on {0}, before it starts on {1}: it never occurs.", Wording.Date(recurrence.End), Wording.Date(recurrence.Start));
        }

        if (!period.Contains(recurrence.Start))
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.OutsidePeriod), at + ".start", "The recurrence starts on {0}, outside the programme period {1} to {2}.", Wording.Date(recurrence.Start), Wording.Date(period.Start), Wording.Date(period.End));
        }

        if (!period.Contains(recurrence.End))
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.OutsidePeriod), at + ".end", "The recurrence ends on {0}, outside the programme period {1} to {2}.", Wording.Date(recurrence.End), Wording.Date(period.Start), Wording.Date(period.End));
        }
    }

    private static void CheckMoney(CommunicationProgramme programme, DiagnosticBag bag)
    {
        Currency? first = null;
        string firstPath = string.Empty;
        void See(Money money, string path)
        {
            if (money.Amount < 0)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.NegativeAmount), path, "The amount {0} is negative.", Wording.Amount(money));
            }

            if (first is null)
            {
                first = money.Currency;
                firstPath = path;
            }
            else if (first.Value != money.Currency)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.MixedCurrencies), path, "The amount {0} is in {1}, but {2} is in {3}; amounts in different currencies are never summed: convert them first.", Wording.Amount(money), money.Currency.Code, firstPath, first.Value.Code);
            }
        }

        if (programme.MonthlyBudget is { } budget)
        {
            See(budget, "monthlyBudget");
        }

        // Every month's cost in any window is at most the sum over the items of |cost| times the
        // item's occurrences: when that sum fits in decimal, no sum of the analysis overflows.
        var bound = 0m;
        for (var i = 0; i < programme.Items.Count; i++)
        {
            if (programme.Items[i].Cost is not { } cost)
            {
                continue;
            }

            var path = At("items", i) + ".cost";
            See(cost, path);
            var occurrences = Occurrences(programme.Items[i]);
            try
            {
                bound = checked(bound + (Math.Abs(cost.Amount) * occurrences));
            }
            catch (OverflowException)
            {
                bag.Add(Code(CommunicationsDiagnosticCodes.CostsOutOfRange), path, "The cost {0} over the item's {1} occurrences, with the costs of the items before it, adds up beyond the range of an exact amount (about 7.9e28), so the programme's costs cannot be summed: express the costs in a larger unit (thousands).", Wording.Amount(cost), occurrences.ToString("N0", CultureInfo.InvariantCulture));
                return;
            }
        }
    }

    /// <summary>How many times an item occurs (0 for a recurrence that never occurs or has a step of the wrong kind: those are reported on their own).</summary>
    private static long Occurrences(ProgrammeItem item) =>
        item.Recurrence is not { } recurrence ? (item.Date is null ? 0 : 1)
        : RecurrenceExpansion.IsValidStep(recurrence.Every) ? RecurrenceExpansion.Count(recurrence)
        : 0;

    private static void Identify<T>(string rawId, string path, string what, Dictionary<string, T> byId, T value, DiagnosticBag bag)
    {
        var id = rawId.Trim();
        if (id.Length == 0)
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.EmptyId), path + ".id", "A {0} has a blank id, so nothing can refer to it.", what);
        }
        else if (byId.TryGetValue(id, out _))
        {
            bag.Add(Code(CommunicationsDiagnosticCodes.DuplicateId), path + ".id", "Another {0} already has the id {1}.", what, Wording.Quote(id));
        }
        else
        {
            byId.Add(id, value);
        }
    }
}
