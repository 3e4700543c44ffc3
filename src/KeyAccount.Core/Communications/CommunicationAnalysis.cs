using System;
using System.Collections.Generic;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Communications;

/// <summary>
/// Runs a communication programme: validation, then the analysis as of a date and over a window
/// (coverage grid, gaps, silences, overloads, costs against the budget, overdue items, and
/// consistency with the development plan's Promotion decisions when a plan is given).
/// </summary>
/// <remarks>
/// Connecting the relationship map: pass an <see cref="AudienceDirectory"/> built from the map's
/// people (id, roles as <see cref="PersonKind"/>s, unit). Without one, audiences are taken as
/// written (see <see cref="Audience"/>).
/// </remarks>
public static class CommunicationAnalysis
{
    private static readonly CommunicationFunction[] Functions = { CommunicationFunction.MakeKnown, CommunicationFunction.StrengthenPartnership, CommunicationFunction.KeepInformed };
    private static readonly CommunicationTool[] StandardTools =
    {
        CommunicationTool.PressRelease, CommunicationTool.Seminar, CommunicationTool.Exhibition, CommunicationTool.Meeting,
        CommunicationTool.Presentation, CommunicationTool.Sponsorship, CommunicationTool.Newsletter,
    };

    private const int SubjectCount = (int)MessageSubject.GovernmentRegulation + 1;

    /// <summary>Validates the programme and, when no error stands in the way, analyses it.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="settings">The settings; <see cref="CommunicationSettings.Default"/> when null.</param>
    /// <param name="asOf">The date of the analysis ("today").</param>
    /// <param name="window">The window analysed, both ends inclusive; the programme period when null.</param>
    /// <param name="directory">The client's people, to resolve audiences to people; optional.</param>
    /// <param name="plan">The development plan, to check consistency with its Promotion decisions; optional.</param>
    /// <returns>The diagnostics and, when they hold no error, the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static DocumentRun<CommunicationReport> Run(CommunicationProgramme programme, CommunicationSettings? settings, LocalDate asOf, DateInterval? window = null, AudienceDirectory? directory = null, AccountPlan? plan = null)
    {
        Require.NotNull(programme, nameof(programme));
        settings ??= CommunicationSettings.Default;
        var diagnostics = CommunicationProgrammeValidator.Validate(programme, settings, directory, plan);
        return diagnostics.HasErrors()
            ? new DocumentRun<CommunicationReport>(diagnostics, null)
            : new DocumentRun<CommunicationReport>(diagnostics, Compute(programme, settings, asOf, window ?? programme.Period, directory, plan));
    }

    /// <summary>Analyses a programme without errors.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="settings">The settings; <see cref="CommunicationSettings.Default"/> when null.</param>
    /// <param name="asOf">The date of the analysis ("today").</param>
    /// <param name="window">The window analysed, both ends inclusive; the programme period when null.</param>
    /// <param name="directory">The client's people; optional.</param>
    /// <param name="plan">The development plan; optional.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException">The programme, the settings or the directory have errors (listed in the message).</exception>
    public static CommunicationReport Analyze(CommunicationProgramme programme, CommunicationSettings? settings, LocalDate asOf, DateInterval? window = null, AudienceDirectory? directory = null, AccountPlan? plan = null)
    {
        Require.NotNull(programme, nameof(programme));
        settings ??= CommunicationSettings.Default;
        Require.Valid(CommunicationProgrammeValidator.Validate(programme, settings, directory, plan), nameof(programme), "communication programme");
        return Compute(programme, settings, asOf, window ?? programme.Period, directory, plan);
    }

    private static CommunicationReport Compute(CommunicationProgramme programme, CommunicationSettings settings, LocalDate asOf, DateInterval window, AudienceDirectory? directory, AccountPlan? plan)
    {
        var index = new ProgrammeIndex(programme);
        var scan = new Scan(index, window);
        var gaps = new List<CommunicationGap>();
        GapsOfContent(scan, window, gaps);
        var people = new People(index, directory);
        GapsOfReach(scan, people, window, gaps);
        if (plan is not null)
        {
            GapsOfPlan(index, plan, gaps);
        }

        gaps.Sort((a, b) =>
        {
            var byKind = a.Kind.CompareTo(b.Kind);
            var bySubject = byKind != 0 ? byKind : string.CompareOrdinal(a.Subject, b.Subject);
            return bySubject != 0 ? bySubject : string.CompareOrdinal(a.Explanation, b.Explanation);
        });

        var silences = Silences(scan, index, settings, window);
        var overloads = Overloads(scan, people, settings, window);
        var costs = Costs(scan, programme, window);
        var overdue = Overdue(index, asOf);
        var coverage = Coverage(scan, window);
        var tooLong = 0;
        foreach (var silence in silences)
        {
            tooLong += silence.TooLong ? 1 : 0;
        }

        var overBudget = 0;
        foreach (var cost in costs)
        {
            overBudget += cost.OverBudget ? 1 : 0;
        }

        var explanation = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "From {0} to {1}: {2} of {3} to {4}; {5}, {6} silent too long, {7}, {8} over budget, {9} as of {10}.",
            Wording.Date(window.Start),
            Wording.Date(window.End),
            Wording.Count(scan.Total, "occurrence"),
            Wording.Count(scan.ItemsWithOccurrences, "item"),
            Wording.Count(index.Audiences.Length, "audience"),
            Wording.Count(gaps.Count, "gap"),
            Wording.Count(tooLong, "audience"),
            Wording.Count(overloads.Count, "overload"),
            Wording.Count(overBudget, "month"),
            Wording.Count(overdue.Count, "overdue item"),
            Wording.Date(asOf));
        return new CommunicationReport(asOf, window, scan.Total, coverage, gaps, silences, overloads, costs, overdue, explanation);
    }

    private static CoverageGrid Coverage(Scan scan, DateInterval window)
    {
        var tools = new List<string>();
        foreach (var tool in StandardTools)
        {
            tools.Add(tool.ToString());
        }

        tools.AddRange(scan.CustomTools);
        var rows = new List<CoverageRow>(SubjectCount);
        for (var s = 0; s < SubjectCount; s++)
        {
            var subject = (MessageSubject)s;
            var counts = new int[tools.Count];
            for (var t = 0; t < counts.Length; t++)
            {
                counts[t] = scan.Grid[(s * tools.Count) + t];
            }

            rows.Add(new CoverageRow(MessageSubjects.TypeOf(subject), subject, counts));
        }

        var empty = 0;
        foreach (var row in rows)
        {
            empty += row.Total == 0 ? 1 : 0;
        }

        var explanation = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0} from {1} to {2} across {3} and {4}; {5} of the method's 12 subjects {6} none.",
            Wording.Capitalise(Wording.Count(scan.Total, "occurrence")),
            Wording.Date(window.Start),
            Wording.Date(window.End),
            Wording.Count(SubjectCount, "subject"),
            Wording.Count(tools.Count, "tool"),
            Wording.Number(empty),
            empty == 1 ? "has" : "have");
        return new CoverageGrid(tools, rows, explanation);
    }

    private static void GapsOfContent(Scan scan, DateInterval window, List<CommunicationGap> gaps)
    {
        var span = Wording.Date(window.Start) + " to " + Wording.Date(window.End);
        foreach (var function in Functions)
        {
            if (!scan.FunctionServed[(int)function])
            {
                gaps.Add(new CommunicationGap(CommunicationGapKind.FunctionNotServed, function.ToString(), "No occurrence from " + span + " serves the function to " + FunctionText(function) + "; give a message this function and put it on the calendar."));
            }
        }

        foreach (var factor in MessageSubjects.CriticalMarketFactors)
        {
            if (!scan.SubjectAddressed[(int)factor])
            {
                gaps.Add(new CommunicationGap(CommunicationGapKind.MarketFactorNotAddressed, factor.ToString(), "The critical market factor " + SubjectText(factor) + " is never addressed from " + span + "; the method counts it among the messages the client needs."));
            }
        }
    }

    private static void GapsOfReach(Scan scan, People people, DateInterval window, List<CommunicationGap> gaps)
    {
        var span = Wording.Date(window.Start) + " to " + Wording.Date(window.End);
        if (!people.HasDirectory)
        {
            var reached = new bool[(int)PersonKind.FallingStar + 1];
            for (var a = 0; a < scan.AudienceCounts.Length; a++)
            {
                if (scan.AudienceCounts[a] == 0)
                {
                    continue;
                }

                var audience = people.Index.Audiences[a];
                for (var k = 0; k < reached.Length; k++)
                {
                    reached[k] |= audience.WholeClient;
                }

                foreach (var kind in audience.Kinds)
                {
                    reached[(int)kind] = true;
                }
            }

            foreach (var kind in new[] { PersonKind.DecisionMaker, PersonKind.Influencer })
            {
                if (!reached[(int)kind])
                {
                    gaps.Add(new CommunicationGap(CommunicationGapKind.KindNotReached, kind.ToString(), "No occurrence from " + span + " addresses " + KindText(kind) + "s as a kind or the whole client; without a directory of people, people named by id are not known to be " + KindText(kind) + "s."));
                }
            }

            return;
        }

        for (var p = 0; p < people.Ids.Length; p++)
        {
            var kinds = people.Kinds[p];
            var key = kinds.Contains(PersonKind.DecisionMaker) ? PersonKind.DecisionMaker : kinds.Contains(PersonKind.Influencer) ? PersonKind.Influencer : (PersonKind?)null;
            if (key is null)
            {
                continue;
            }

            var reached = false;
            foreach (var a in people.AudiencesOf[p])
            {
                reached |= scan.AudienceCounts[a] > 0;
            }

            if (!reached)
            {
                gaps.Add(new CommunicationGap(CommunicationGapKind.PersonNotReached, people.Ids[p], "The " + KindText(key.Value) + " " + Wording.Quote(people.Ids[p]) + " is reached by no occurrence from " + span + (people.AudiencesOf[p].Count == 0 ? "; no audience includes this person." : "; the audiences that include this person have nothing in the window.")));
            }
        }
    }

    private static void GapsOfPlan(ProgrammeIndex index, AccountPlan plan, List<CommunicationGap> gaps)
    {
        var planGoals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goal in plan.Goals)
        {
            planGoals.Add(goal.Id.Trim());
        }

        var itemsPerGoal = new Dictionary<string, int>(StringComparer.Ordinal);
        var outside = new SortedDictionary<(string Message, string Goal), int>(Comparer<(string, string)>.Create((x, y) =>
        {
            var c = string.CompareOrdinal(x.Item1, y.Item1);
            return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
        }));
        for (var i = 0; i < index.Items.Length; i++)
        {
            if (index.Items[i].Status == ProgrammeItemStatus.Cancelled)
            {
                continue;
            }

            var message = index.ItemMessages[i];
            foreach (var raw in message.Goals)
            {
                var goal = raw.Trim();
                itemsPerGoal.TryGetValue(goal, out var count);
                itemsPerGoal[goal] = count + 1;
                if (!planGoals.Contains(goal))
                {
                    var key = (message.Id.Trim(), goal);
                    outside.TryGetValue(key, out var items);
                    outside[key] = items + 1;
                }
            }
        }

        foreach (var pair in outside)
        {
            gaps.Add(new CommunicationGap(CommunicationGapKind.GoalOutsidePlan, pair.Key.Goal, Wording.Capitalise(Wording.Count(pair.Value, "item")) + " carry the message " + Wording.Quote(pair.Key.Message) + ", which supports the goal " + Wording.Quote(pair.Key.Goal) + " that the development plan does not hold."));
        }

        var decisions = plan.Mix.Promotion?.Decisions ?? Array.Empty<MixDecision>();
        for (var d = 0; d < decisions.Count; d++)
        {
            var items = 0;
            foreach (var goal in decisions[d].Serves)
            {
                items += itemsPerGoal.TryGetValue(goal.Trim(), out var count) ? count : 0;
            }

            if (items == 0)
            {
                var path = "mix.promotion.decisions[" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                var goals = decisions[d].Serves.Count == 0 ? "it serves no goal" : "no item carries a message that supports its " + Wording.Plural(decisions[d].Serves.Count, "goal") + " " + string.Join(", ", decisions[d].Serves);
                gaps.Add(new CommunicationGap(CommunicationGapKind.PromotionDecisionWithoutItems, path, "The plan's Promotion decision " + Wording.Quote(decisions[d].Description) + " has no item in the programme: " + goals + "."));
            }
        }
    }

    private static List<AudienceSilence> Silences(Scan scan, ProgrammeIndex index, CommunicationSettings settings, DateInterval window)
    {
        var result = new List<AudienceSilence>(index.Audiences.Length);
        var days = window.Length;
        for (var a = 0; a < index.Audiences.Length; a++)
        {
            var id = index.Audiences[a].Id.Trim();
            var map = scan.Reached[a];
            int longest = 0, longestStart = -1, run = 0;
            for (var d = 0; d < days; d++)
            {
                if (map is not null && map[d])
                {
                    run = 0;
                    continue;
                }

                run++;
                if (run > longest)
                {
                    longest = run;
                    longestStart = d - run + 1;
                }
            }

            var tooLong = longest > settings.MaxSilenceDays;
            LocalDate? from = longest > 0 ? window.Start.PlusDays(longestStart) : null;
            LocalDate? to = longest > 0 ? window.Start.PlusDays(longestStart + longest - 1) : null;
            string explanation;
            if (scan.AudienceCounts[a] == 0)
            {
                explanation = "The audience " + Wording.Quote(id) + " hears nothing from " + Wording.Date(window.Start) + " to " + Wording.Date(window.End) + " (" + Wording.Count(longest, "day") + ")" + (tooLong ? ", longer than the " + Wording.Count(settings.MaxSilenceDays, "day") + " allowed." : ".");
            }
            else if (longest == 0)
            {
                explanation = "The audience " + Wording.Quote(id) + " hears from us every day of the window (" + Wording.Count(scan.AudienceCounts[a], "occurrence") + ").";
            }
            else
            {
                explanation = "The audience " + Wording.Quote(id) + " has " + Wording.Count(scan.AudienceCounts[a], "occurrence") + "; its longest silence is " + Wording.Count(longest, "day") + ", from " + Wording.Date(from!.Value) + " to " + Wording.Date(to!.Value) + (tooLong ? ", longer than the " : ", within the ") + Wording.Count(settings.MaxSilenceDays, "day") + " allowed.";
            }

            result.Add(new AudienceSilence(id, scan.AudienceCounts[a], longest, from, to, tooLong, explanation));
        }

        return result;
    }

    private static List<PersonOverload> Overloads(Scan scan, People people, CommunicationSettings settings, DateInterval window)
    {
        var result = new List<PersonOverload>();
        var sums = new int[scan.Weeks];
        for (var p = 0; p < people.Ids.Length; p++)
        {
            Array.Clear(sums, 0, sums.Length);
            var any = false;
            foreach (var a in people.AudiencesOf[p])
            {
                if (scan.AudienceWeeks[a] is { } weeks)
                {
                    any = true;
                    for (var w = 0; w < weeks.Length; w++)
                    {
                        sums[w] += weeks[w];
                    }
                }
            }

            if (!any)
            {
                continue;
            }

            for (var w = 0; w < sums.Length; w++)
            {
                if (sums[w] > settings.MaxItemsPerPersonPerWeek)
                {
                    // The Monday of the week, or the calendar's first day when that Monday is before it.
                    var start = CalendarMath.TryPlusDays(window.Start, (w * 7) - scan.WeekShift) ?? LocalDate.MinIsoValue;
                    result.Add(new PersonOverload(people.Ids[p], start, sums[w], Wording.Quote(people.Ids[p]) + " receives " + Wording.Count(sums[w], "item") + " in the week of " + Wording.Date(start) + ", more than the " + Wording.Number(settings.MaxItemsPerPersonPerWeek) + " a person should get in a week."));
                }
            }
        }

        return result;
    }

    private static List<MonthlyCost> Costs(Scan scan, CommunicationProgramme programme, DateInterval window)
    {
        var result = new List<MonthlyCost>();
        Currency? currency = programme.MonthlyBudget?.Currency;
        foreach (var item in programme.Items)
        {
            currency ??= item.Cost?.Currency;
        }

        if (currency is null)
        {
            return result;
        }

        var budget = programme.MonthlyBudget;
        for (var m = 0; m < scan.MonthStarts.Length; m++)
        {
            var first = scan.MonthStarts[m];
            var cost = new Money(scan.MonthCost[m], currency.Value);
            var monthFirst = new LocalDate(first.Year, first.Month, 1);
            var covered = m + 1 < scan.MonthStarts.Length ? Period.DaysBetween(first, scan.MonthStarts[m + 1]) : Period.DaysBetween(first, window.End) + 1;
            var partial = covered < first.Calendar.GetDaysInMonth(first.Year, first.Month) ? " (the window covers " + Wording.Count(covered, "day") + " of it)" : string.Empty;
            var name = first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            string verdict;
            if (budget is not { } limit)
            {
                verdict = name + " costs " + Wording.Amount(cost) + partial + "; there is no monthly budget to compare with.";
            }
            else if (cost.Amount > limit.Amount)
            {
                verdict = name + " costs " + Wording.Amount(cost) + partial + ", over the monthly budget of " + Wording.Amount(limit) + " by " + Wording.Amount(cost.Amount - limit.Amount, currency.Value) + ".";
            }
            else
            {
                verdict = name + " costs " + Wording.Amount(cost) + partial + ", within the monthly budget of " + Wording.Amount(limit) + ".";
            }

            result.Add(new MonthlyCost(monthFirst, cost, budget, verdict));
        }

        return result;
    }

    private static List<OverdueItem> Overdue(ProgrammeIndex index, LocalDate asOf)
    {
        var result = new List<OverdueItem>();
        for (var i = 0; i < index.Items.Length; i++)
        {
            var item = index.Items[i];
            if (item.Status != ProgrammeItemStatus.Planned)
            {
                continue;
            }

            var last = item.Date ?? (item.Recurrence is { } recurrence ? RecurrenceExpansion.Last(recurrence) : null);
            if (last is { } date && date < asOf)
            {
                var days = Period.DaysBetween(date, asOf);
                var what = item.Recurrence is null ? "was due on " : "had its last date on ";
                result.Add(new OverdueItem(index.ItemIds[i], date, days, "The item " + Wording.Quote(index.ItemIds[i]) + " " + what + Wording.Date(date) + ", " + Wording.Count(days, "day") + " before " + Wording.Date(asOf) + ", and is still planned: mark it done or cancelled, or plan it again."));
            }
        }

        return result;
    }

    private static string FunctionText(CommunicationFunction function) => function switch
    {
        CommunicationFunction.MakeKnown => "make the product widely known through the key client",
        CommunicationFunction.StrengthenPartnership => "strengthen the strategic partnership",
        _ => "keep the client informed of how the offer available to it evolves",
    };

    private static string SubjectText(MessageSubject subject) => subject switch
    {
        MessageSubject.TechnologicalChange => "technological change",
        MessageSubject.Demographics => "demographics of the population and consumer groups",
        MessageSubject.NewCompetitors => "new competitors",
        MessageSubject.GovernmentRegulation => "government regulation",
        _ => subject.ToString(),
    };

    private static string KindText(PersonKind kind) => kind == PersonKind.DecisionMaker ? "decision maker" : "influencer";

    /// <summary>One pass over the items' occurrences in the window: every count the analysis needs.</summary>
    private sealed class Scan
    {
        public Scan(ProgrammeIndex index, DateInterval window)
        {
            var days = window.Length;
            WeekShift = (int)window.Start.DayOfWeek - (int)IsoDayOfWeek.Monday;
            Weeks = ((days - 1 + WeekShift) / 7) + 1;
            var monthOf = new int[days];
            var starts = new List<LocalDate>();
            var date = window.Start;
            for (var d = 0; d < days; d++)
            {
                // The next day only while inside the window: the window may end on the calendar's last day.
                if (d > 0)
                {
                    date = date.PlusDays(1);
                }

                if (d == 0 || date.Day == 1)
                {
                    starts.Add(date);
                }

                monthOf[d] = starts.Count - 1;
            }

            MonthStarts = starts.ToArray();
            MonthCost = new decimal[MonthStarts.Length];

            var custom = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var item in index.Items)
            {
                if (item.Tool == CommunicationTool.Custom && item.Status != ProgrammeItemStatus.Cancelled)
                {
                    custom.Add(item.CustomTool!.Trim());
                }
            }

            CustomTools = new List<string>(custom);
            var customColumn = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in CustomTools)
            {
                customColumn[name] = StandardTools.Length + customColumn.Count;
            }

            var columns = StandardTools.Length + CustomTools.Count;
            Grid = new int[SubjectCount * columns];
            AudienceCounts = new int[index.Audiences.Length];
            Reached = new bool[index.Audiences.Length][];
            AudienceWeeks = new int[index.Audiences.Length][];
            var offsets = new List<int>();
            for (var i = 0; i < index.Items.Length; i++)
            {
                var item = index.Items[i];
                if (item.Status == ProgrammeItemStatus.Cancelled)
                {
                    continue;
                }

                offsets.Clear();
                RecurrenceExpansion.AppendOffsets(item, window.Start, window.End, offsets);
                var n = offsets.Count;
                if (n == 0)
                {
                    continue;
                }

                Total += n;
                ItemsWithOccurrences++;
                var message = index.ItemMessages[i];
                var column = item.Tool == CommunicationTool.Custom ? customColumn[item.CustomTool!.Trim()] : (int)item.Tool;
                Grid[((int)message.Subject * columns) + column] += n;
                SubjectAddressed[(int)message.Subject] = true;
                foreach (var function in message.Functions)
                {
                    FunctionServed[(int)function] = true;
                }

                var a = index.ItemAudiences[i];
                AudienceCounts[a] += n;
                var reached = Reached[a] ??= new bool[days];
                var weeks = AudienceWeeks[a] ??= new int[Weeks];
                foreach (var offset in offsets)
                {
                    reached[offset] = true;
                    weeks[(offset + WeekShift) / 7]++;
                }

                if (item.Cost is { } cost && cost.Amount != 0)
                {
                    var month = monthOf[offsets[0]];
                    var run = 0;
                    foreach (var offset in offsets)
                    {
                        if (monthOf[offset] != month)
                        {
                            MonthCost[month] += cost.Amount * run;
                            month = monthOf[offset];
                            run = 0;
                        }

                        run++;
                    }

                    MonthCost[month] += cost.Amount * run;
                }
            }
        }

        public int WeekShift { get; }

        public int Weeks { get; }

        public LocalDate[] MonthStarts { get; }

        public decimal[] MonthCost { get; }

        public List<string> CustomTools { get; }

        public int[] Grid { get; }

        public int Total { get; }

        public int ItemsWithOccurrences { get; }

        public bool[] FunctionServed { get; } = new bool[Functions.Length];

        public bool[] SubjectAddressed { get; } = new bool[SubjectCount];

        public int[] AudienceCounts { get; }

        public bool[]?[] Reached { get; }

        public int[]?[] AudienceWeeks { get; }
    }

    /// <summary>The people audiences reach: the directory's, or without one the people audiences name by id.</summary>
    private sealed class People
    {
        public People(ProgrammeIndex index, AudienceDirectory? directory)
        {
            Index = index;
            HasDirectory = directory is not null;
            var ids = new List<string>();
            var kinds = new List<HashSet<PersonKind>>();
            var units = new List<string?>();
            if (directory is not null)
            {
                var sorted = new List<AudienceMember>(directory.People);
                sorted.Sort((x, y) => string.CompareOrdinal(x.Id.Trim(), y.Id.Trim()));
                foreach (var member in sorted)
                {
                    ids.Add(member.Id.Trim());
                    kinds.Add(new HashSet<PersonKind>(member.Kinds));
                    units.Add(member.Unit?.Trim());
                }
            }
            else
            {
                var named = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var audience in index.Audiences)
                {
                    foreach (var person in audience.People)
                    {
                        named.Add(person.Trim());
                    }
                }

                foreach (var person in named)
                {
                    ids.Add(person);
                    kinds.Add(new HashSet<PersonKind>());
                    units.Add(null);
                }
            }

            Ids = ids.ToArray();
            Kinds = kinds.ToArray();
            AudiencesOf = new List<int>[Ids.Length];
            var byId = new Dictionary<string, int>(StringComparer.Ordinal);
            var byKind = new Dictionary<PersonKind, List<int>>();
            var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var p = 0; p < Ids.Length; p++)
            {
                AudiencesOf[p] = new List<int>();
                byId[Ids[p]] = p;
                foreach (var kind in Kinds[p])
                {
                    (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = new List<int>()).Add(p);
                }

                if (units[p] is { Length: > 0 } unit)
                {
                    (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = new List<int>()).Add(p);
                }
            }

            var stamp = new int[Ids.Length];
            for (var a = 0; a < index.Audiences.Length; a++)
            {
                var audience = index.Audiences[a];
                void Take(int p)
                {
                    if (stamp[p] != a + 1)
                    {
                        stamp[p] = a + 1;
                        AudiencesOf[p].Add(a);
                    }
                }

                if (audience.WholeClient && HasDirectory)
                {
                    for (var p = 0; p < Ids.Length; p++)
                    {
                        Take(p);
                    }

                    continue;
                }

                foreach (var person in audience.People)
                {
                    if (byId.TryGetValue(person.Trim(), out var p))
                    {
                        Take(p);
                    }
                }

                foreach (var kind in audience.Kinds)
                {
                    if (byKind.TryGetValue(kind, out var list))
                    {
                        list.ForEach(Take);
                    }
                }

                foreach (var unit in audience.Units)
                {
                    if (byUnit.TryGetValue(unit.Trim(), out var list))
                    {
                        list.ForEach(Take);
                    }
                }
            }
        }

        public ProgrammeIndex Index { get; }

        public bool HasDirectory { get; }

        public string[] Ids { get; }

        public HashSet<PersonKind>[] Kinds { get; }

        public List<int>[] AudiencesOf { get; }
    }
}
