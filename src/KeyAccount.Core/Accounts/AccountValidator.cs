using System;
using System.Collections.Generic;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// Finds every defect of an account document and reports each as a <see cref="Diagnostic"/>: its
/// own rules (codes in <see cref="AccountsDiagnosticCodes"/>) and those of the documents it holds,
/// each checked by its own area's validator, under their member's path
/// (<c>plan.goals[2].deadline</c>, <c>relationships.people[2].id</c>, <c>offers[0].pricing.listPrice</c>).
/// </summary>
/// <remarks>
/// <para>
/// Paths name the place in the document's JSON form without the leading <c>$.</c>, such as
/// <c>diary[4].commitments[0].planActions[1]</c>. The order is the shared one
/// (<see cref="Diagnostics.Sort"/>). Cost: linear in the size of the document (ids are indexed
/// once), plus the held documents' own validators.
/// </para>
/// <para>
/// The checks across sections: every held document is for the account's client (<c>KAA018</c>);
/// with a relationship map, the client's diary participants, the owners of commitments and the
/// people an offer is presented to are people of the map (<c>KAA004</c>), the map's people of
/// ours are on the account's team (<c>KAA021</c>), and the programme's audiences name the map's
/// people and units (the programme's validator, given the map as its directory: <c>KAC009</c>);
/// an offer's or a negotiation's opportunity is among the account's opportunities and a
/// negotiation's offer among its offers (<c>KAA005</c>, or <c>KAA006</c> when the account holds
/// none to check against); the programme's goals and the offers' client goals are checked
/// against the account's plan by their own validators.
/// </para>
/// <para>
/// The plan reviews (<c>planReviews</c>): each is for the account's client (<c>KAA018</c>), its
/// participants of ours are on the team and, with a map, the client's are people of the map
/// (<c>KAA004</c>). The current review (the latest up to <c>asOf</c>, with any others of that day)
/// is checked against the account's plan by <see cref="PlanReviewValidator"/>'s rules, its codes
/// under its path (<c>planReviews[2].goals[0].status</c>), a goal that one of its own agreed
/// changes names and the plan no longer holds being taken as changed as agreed; without a plan it
/// names goals that cannot be checked (<c>KAA006</c>). Earlier reviews reviewed earlier versions of
/// the plan, which the account no longer holds: they are checked for what they hold themselves (a
/// goal reviewed twice, a status without evidence, an undefined status, no participants). The
/// rules of internal communication (<c>internalCommunication</c>) are checked by
/// <see cref="InternalCommunicationSettings.Validate"/>, under that path.
/// </para>
/// </remarks>
public static class AccountValidator
{
    /// <summary>Checks <paramref name="account"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="account">The account; it may be inconsistent in any way the model allows.</param>
    /// <param name="asOf">The date the held plan is checked on, and that decides which plan review is the current one.</param>
    /// <returns>The diagnostics in the documented order; empty for an account without defects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(AccountDocument account, LocalDate asOf)
    {
        Require.NotNull(account, nameof(account));
        var bag = new DiagnosticBag();
        var team = CheckTeam(account, bag);
        CheckProfile(account, bag);
        CheckLifecycle(account, asOf, bag);
        CheckDiary(account, team, bag);
        CheckUpdates(account, bag);
        if (account.Settings is not null)
        {
            bag.AddRange(account.Settings.Validate(), "settings");
        }

        CheckHeldDocuments(account, team, asOf, bag);
        CheckPlanReviews(account, team, asOf, bag);
        if (account.InternalCommunication is { } rules)
        {
            bag.AddRange(rules.Validate(), "internalCommunication");
        }

        return bag.ToSortedList();
    }

    private static Dictionary<string, int> Index<T>(IReadOnlyList<T> items, Func<T, string> id, string list, DiagnosticBag bag)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            var path = At(list, i) + ".id";
            if (value.Trim().Length == 0)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.EmptyId, path, "The id is empty, so nothing can refer to this entry; give it a unique id.");
            }
            else if (!index.ContainsKey(value))
            {
                index[value] = i;
            }
            else
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.DuplicateId, path, "The id {0} is already used in {1}; ids must be unique there.", Wording.Quote(value), list);
            }
        }

        return index;
    }

    private static string At(string list, int index) => list + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static Dictionary<string, int> CheckTeam(AccountDocument account, DiagnosticBag bag)
    {
        var team = Index(account.Team, m => m.Id, "team", bag);
        for (var i = 0; i < account.Team.Count; i++)
        {
            if (account.Team[i].Role is < TeamRole.AccountManager or > TeamRole.Other)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UndefinedValue, At("team", i) + ".role", "The role is not one of accountManager, executiveSponsor, specialist, other.");
            }
        }

        if (account.Stage != AccountStage.Prospect && !System.Linq.Enumerable.Any(account.Team, m => m.Role == TeamRole.AccountManager))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.NoAccountManager, "team", "The account is {0} and no one on the team is its account manager; name one.", AccountLifecycle.Name(account.Stage));
        }

        return team;
    }

    private static void CheckProfile(AccountDocument account, DiagnosticBag bag)
    {
        var profile = account.Profile;
        if (profile is null)
        {
            return;
        }

        if (profile.ShareOfWallet is { } share && !(share >= 0 && share <= 1))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ShareOfWalletOutOfRange, "profile.shareOfWallet", "The share of wallet is {0}; it is a share from 0 to 1 (0.25 for a quarter).", Wording.Number(share, 4));
        }

        for (var i = 0; i < profile.KeyFacts.Count; i++)
        {
            if (profile.KeyFacts[i].Source.Trim().Length == 0)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.FactWithoutSource, At("profile.keyFacts", i) + ".source", "The key fact gives no source; say where it comes from so others can check it.");
            }
        }

        if (account.Plan is not null && profile.Goals.Count > 0)
        {
            var inPlan = new HashSet<string>(StringComparer.Ordinal);
            foreach (var g in account.Plan.ClientGoals)
            {
                inPlan.Add(g.Id);
            }

            var inProfile = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < profile.Goals.Count; i++)
            {
                inProfile.Add(profile.Goals[i].Id);
                if (!inPlan.Contains(profile.Goals[i].Id))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.GoalsDifferFromPlan, At("profile.goals", i) + ".id", "The client goal {0} is in the profile but not among the plan's client goals; the plan's goals must mirror the client's.", Wording.Quote(profile.Goals[i].Id));
                }
            }

            for (var i = 0; i < account.Plan.ClientGoals.Count; i++)
            {
                if (!inProfile.Contains(account.Plan.ClientGoals[i].Id))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.GoalsDifferFromPlan, At("plan.clientGoals", i) + ".id", "The plan's client goal {0} is not in the profile; add it to the profile's goals.", Wording.Quote(account.Plan.ClientGoals[i].Id));
                }
            }
        }
    }

    private static void CheckLifecycle(AccountDocument account, LocalDate asOf, DiagnosticBag bag)
    {
        var previous = AccountStage.Prospect;
        LocalDate? previousOn = null;
        for (var i = 0; i < account.Lifecycle.Count; i++)
        {
            var change = account.Lifecycle[i];
            var path = At("lifecycle", i);
            if (change.Stage is < AccountStage.Prospect or > AccountStage.Closed)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UndefinedValue, path + ".stage", "The stage is not one of prospect, onboarding, profiled, planned, active, underReview, finalStage, closed.");
                return;
            }

            if (!AccountLifecycle.IsMove(previous, change.Stage))
            {
                var next = AccountLifecycle.Next(previous);
                bag.Add(AccountsDiagnosticCodes.Descriptors.MoveNotAllowed, path + ".stage", "The account moves from {0} to {1}; the lifecycle goes from {0} only to {2}.", AccountLifecycle.Name(previous), AccountLifecycle.Name(change.Stage), next.Count == 0 ? "nowhere" : string.Join(" or ", Names(next)));
            }

            if (previousOn is { } before && change.On < before)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.HistoryOutOfOrder, path + ".on", "The move is dated {0}, before the previous move ({1}); the history is oldest first.", Wording.Date(change.On), Wording.Date(before));
            }

            if (change.By.Trim().Length == 0 || change.Reason.Trim().Length == 0)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.MoveWithoutReason, path, "The move to {0} does not say {1}.", AccountLifecycle.Name(change.Stage), change.By.Trim().Length == 0 ? (change.Reason.Trim().Length == 0 ? "who made it or why" : "who made it") : "why");
            }

            previous = change.Stage;
            previousOn = change.On;
        }

        // The guard of the current stage, read again from today's documents.
        if (account.Lifecycle.Count > 0 && (previous == AccountStage.Planned || previous == AccountStage.Active))
        {
            var lastOn = account.Lifecycle[account.Lifecycle.Count - 1].On;
            var probe = AccountEditing.With(account, lifecycle: TrimLast(account.Lifecycle));
            var check = AccountLifecycle.Check(probe, previous, asOf < lastOn ? lastOn : asOf, "recheck");
            if (!check.Allowed && AccountLifecycle.IsMove(probe.Stage, previous))
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.StageNoLongerSupported, At("lifecycle", account.Lifecycle.Count - 1), "The account is {0}, but {1}.", AccountLifecycle.Name(previous), string.Join("; ", check.Blockers));
            }
        }
    }

    private static LifecycleChange[] TrimLast(IReadOnlyList<LifecycleChange> history)
    {
        var copy = new LifecycleChange[history.Count - 1];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = history[i];
        }

        return copy;
    }

    private static IEnumerable<string> Names(IReadOnlyList<AccountStage> stages)
    {
        foreach (var s in stages)
        {
            yield return AccountLifecycle.Name(s);
        }
    }

    private static void CheckDiary(AccountDocument account, Dictionary<string, int> team, DiagnosticBag bag)
    {
        var entries = Index(account.Diary, e => e.Id, "diary", bag);
        var decisions = new Dictionary<string, (int Entry, int Index)>(StringComparer.Ordinal);
        var commitments = new HashSet<string>(StringComparer.Ordinal);

        // The client's people: the map's when the account holds one, else whoever the diary names.
        var mapPeople = MapPeople(account.Relationships);
        var clientPeople = mapPeople ?? new HashSet<string>(StringComparer.Ordinal);
        if (mapPeople is null)
        {
            foreach (var e in account.Diary)
            {
                foreach (var p in e.ClientParticipants)
                {
                    clientPeople.Add(p.Trim());
                }
            }
        }

        var actions = new HashSet<string>(StringComparer.Ordinal);
        if (account.Plan is not null)
        {
            foreach (var a in account.Plan.Actions)
            {
                actions.Add(a.Id);
            }
        }

        var opportunities = new HashSet<string>(StringComparer.Ordinal);
        if (account.Opportunities is not null)
        {
            foreach (var o in account.Opportunities.Opportunities)
            {
                opportunities.Add(o.Id);
            }
        }

        for (var i = 0; i < account.Diary.Count; i++)
        {
            var entry = account.Diary[i];
            var path = At("diary", i);
            if (entry.Kind is < DiaryEntryKind.Meeting or > DiaryEntryKind.Internal)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UndefinedValue, path + ".kind", "The kind is not one of meeting, call, visit, email, presentation, negotiation, internal.");
            }

            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(entry.Zone);
            if (zone is null)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownTimeZone, path + ".zone", "The time zone {0} is not an IANA time zone id such as Europe/Berlin.", Wording.Quote(entry.Zone));
            }

            var entryDate = CalendarMath.DateIn(entry.At, zone ?? DateTimeZone.Utc);
            if (mapPeople is not null)
            {
                for (var p = 0; p < entry.ClientParticipants.Count; p++)
                {
                    if (!mapPeople.Contains(entry.ClientParticipants[p].Trim()))
                    {
                        bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, At(path + ".clientParticipants", p), "{0} is not one of the client's people in the relationship map; add them to the map or correct the id.", Wording.Quote(entry.ClientParticipants[p]));
                    }
                }
            }

            for (var p = 0; p < entry.OurParticipants.Count; p++)
            {
                if (!team.ContainsKey(entry.OurParticipants[p]))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, At(path + ".ourParticipants", p), "{0} is not on the account's team; add them to the team or correct the id.", Wording.Quote(entry.OurParticipants[p]));
                }
            }

            if (entry.FollowUpOf is { } followed && (!entries.TryGetValue(followed, out var earlier) || account.Diary[earlier].At > entry.At))
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownDiaryReference, path + ".followUpOf", "The entry follows up {0}, which is not an earlier entry of the diary.", Wording.Quote(followed));
            }

            for (var d = 0; d < entry.Decisions.Count; d++)
            {
                var decision = entry.Decisions[d];
                var decisionPath = At(path + ".decisions", d) + ".id";
                if (decision.Id.Trim().Length == 0)
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.EmptyId, decisionPath, "The decision's id is empty, so no commitment can follow it up; give it a unique id.");
                }
                else if (decisions.ContainsKey(decision.Id))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.DuplicateId, decisionPath, "The decision id {0} is already used in the diary; ids must be unique there.", Wording.Quote(decision.Id));
                }
                else
                {
                    decisions.Add(decision.Id, (i, d));
                }
            }

            for (var c = 0; c < entry.Commitments.Count; c++)
            {
                CheckCommitment(entryDate, entry.Commitments[c], At(path + ".commitments", c), team, clientPeople, mapPeople is not null, decisions, commitments, actions, opportunities, account, bag);
            }
        }
    }

    private static void CheckCommitment(
        LocalDate entryDate,
        Commitment commitment,
        string path,
        Dictionary<string, int> team,
        HashSet<string> clientPeople,
        bool peopleFromMap,
        Dictionary<string, (int Entry, int Index)> decisions,
        HashSet<string> commitments,
        HashSet<string> actions,
        HashSet<string> opportunities,
        AccountDocument account,
        DiagnosticBag bag)
    {
        if (commitment.Id.Trim().Length == 0)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.EmptyId, path + ".id", "The commitment's id is empty; give it a unique id.");
        }
        else if (!commitments.Add(commitment.Id))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.DuplicateId, path + ".id", "The commitment id {0} is already used in the diary; ids must be unique there.", Wording.Quote(commitment.Id));
        }

        if (!team.ContainsKey(commitment.Who) && !clientPeople.Contains(commitment.Who.Trim()))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, path + ".who", "{0} is neither on the account's team nor one of the client's people {1}; say who owns the commitment.", Wording.Quote(commitment.Who), peopleFromMap ? "in the relationship map" : "in the diary");
        }

        if (commitment.Status is < CommitmentStatus.Open or > CommitmentStatus.HandedOver)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.UndefinedValue, path + ".status", "The status is not one of open, done, cancelled, handedOver.");
        }
        else if ((commitment.Status == CommitmentStatus.Open) != (commitment.ClosedOn is null))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ClosedOnInconsistent, path + ".closedOn", commitment.Status == CommitmentStatus.Open
                ? "The commitment is open but has a closing date; set its status, or remove the date."
                : "The commitment is closed but gives no closing date; add closedOn.");
        }

        if (commitment.Due < entryDate || (commitment.ClosedOn is { } closed && closed < entryDate))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.CommitmentDatesBeforeEntry, commitment.Due < entryDate ? path + ".due" : path + ".closedOn", "The commitment is dated {0}, before the entry that made it ({1}).", Wording.Date(commitment.Due < entryDate ? commitment.Due : commitment.ClosedOn!.Value), Wording.Date(entryDate));
        }

        if (commitment.Decision is { } decision && !decisions.ContainsKey(decision))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownDiaryReference, path + ".decision", "The commitment follows up the decision {0}, which no entry up to this one takes.", Wording.Quote(decision));
        }

        CheckReferences(commitment.PlanActions, path + ".planActions", actions, account.Plan is not null, "plan action", "plan", bag);
        CheckReferences(commitment.Opportunities, path + ".opportunities", opportunities, account.Opportunities is not null, "opportunity", "opportunities", bag);
    }

    private static void CheckReferences(IReadOnlyList<string> ids, string path, HashSet<string> known, bool held, string what, string document, DiagnosticBag bag, string referrer = "commitment")
    {
        if (ids.Count == 0)
        {
            return;
        }

        if (!held)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ReferenceNotCheckable, path, "The {0} names {1}, but the account holds no {2} to check {3} against.", referrer, Wording.Count(ids.Count, what, what == "opportunity" ? "opportunities" : what + "s"), document, ids.Count == 1 ? "it" : "them");
            return;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownReference, At(path, i), "There is no {0} {1} in the account's {2}.", what, Wording.Quote(ids[i]), document);
            }
        }
    }

    private static void CheckUpdates(AccountDocument account, DiagnosticBag bag)
    {
        for (var i = 0; i < account.Updates.Count; i++)
        {
            if (account.Updates[i].Section is < AccountSection.Profile or > AccountSection.Opportunities)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.UndefinedValue, At("updates", i) + ".section", "The section is not one of profile, relationshipMap, ladderAssessment, classificationEvidence, planReview, communicationProgramme, opportunities.");
            }
        }
    }

    private static void CheckHeldDocuments(AccountDocument account, Dictionary<string, int> team, LocalDate asOf, DiagnosticBag bag)
    {
        if (account.Plan is { } plan)
        {
            if (plan.Client != account.Client)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.ClientMismatch, "plan.client", "The plan is for {0}, not for this account's client {1}.", Wording.Quote(plan.Client.ToString()), Wording.Quote(account.Client.ToString()));
            }

            bag.AddRange(PlanValidator.Validate(plan, asOf), "plan");
        }

        if (account.Ladder is { } ladder)
        {
            if (ladder.Client != account.Client)
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.ClientMismatch, "ladder.client", "The ladder assessment is for {0}, not for this account's client {1}.", Wording.Quote(ladder.Client.ToString()), Wording.Quote(account.Client.ToString()));
            }

            var set = new LadderAssessmentSet(asOf, new[] { ladder });
            foreach (var d in LadderValidator.Validate(set))
            {
                const string Prefix = "assessments[0]";
                var path = d.Path.StartsWith(Prefix, StringComparison.Ordinal) ? "ladder" + d.Path.Remove(0, Prefix.Length) : d.Path.Length == 0 ? "ladder" : "ladder." + d.Path;
                bag.AddRange(new[] { new Diagnostic(d.Code, d.Severity, path, d.Message) });
            }
        }

        if (account.Evidence is { } evidence && evidence.Client != account.Client)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ClientMismatch, "evidence.client", "The classification evidence is for {0}, not for this account's client {1}.", Wording.Quote(evidence.Client.ToString()), Wording.Quote(account.Client.ToString()));
        }

        if (account.Opportunities is { } portfolio)
        {
            for (var i = 0; i < portfolio.Opportunities.Count; i++)
            {
                if (portfolio.Opportunities[i].Client != account.Client)
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.ClientMismatch, At("opportunities.opportunities", i) + ".client", "The opportunity is for {0}, not for this account's client {1}.", Wording.Quote(portfolio.Opportunities[i].Client.ToString()), Wording.Quote(account.Client.ToString()));
                }
            }

            bag.AddRange(OpportunityPortfolioValidator.Validate(portfolio), "opportunities");
        }

        var mapPeople = MapPeople(account.Relationships);
        if (account.Relationships is { } map)
        {
            CheckClient(map.Client, account, "relationships.client", "relationship map", bag);
            bag.AddRange(RelationshipMapValidator.Validate(map, asOf), "relationships");
            for (var i = 0; i < map.Team.Count; i++)
            {
                if (map.Team[i].Id.Trim().Length > 0 && !team.ContainsKey(map.Team[i].Id.Trim()) && !team.ContainsKey(map.Team[i].Id))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.MapTeamNotOnAccount, At("relationships.team", i) + ".id", "{0} holds relationships in the map but is not on the account's team; add them to the team (the diary's participants of ours are team ids) or correct the id.", Wording.Quote(map.Team[i].Id));
                }
            }
        }

        if (account.Communications is { } programme)
        {
            CheckClient(programme.Client, account, "communications.client", "communication programme", bag);
            var directory = account.Relationships is null ? null : AccountPeople.Directory(account.Relationships);
            var programmePlan = account.Plan is not null && account.Plan.Client == programme.Client ? account.Plan : null;
            bag.AddRange(CommunicationProgrammeValidator.Validate(programme, settings: null, directory, programmePlan), "communications");
        }

        var opportunityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in account.Opportunities?.Opportunities ?? Array.Empty<Opportunity>())
        {
            opportunityIds.Add(o.Id.Trim());
        }

        var offerIds = Unique(account.Offers, o => o.Id, "offers", bag);
        for (var i = 0; i < account.Offers.Count; i++)
        {
            var offer = account.Offers[i];
            var path = At("offers", i);
            CheckClient(offer.Client, account, path + ".client", "offer", bag);
            var offerPlan = account.Plan is not null && account.Plan.Client == offer.Client ? account.Plan : null;
            bag.AddRange(OfferValidator.Validate(offer, rules: null, offerPlan), path);
            CheckReference(offer.Opportunity, path + ".opportunity", opportunityIds, account.Opportunities is not null, "opportunity", "opportunities", "offer", bag);
            if (mapPeople is not null && offer.Presentation is { } presentation)
            {
                for (var p = 0; p < presentation.Audience.Count; p++)
                {
                    if (!mapPeople.Contains(presentation.Audience[p].Person.Trim()))
                    {
                        bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, At(path + ".presentation.audience", p) + ".person", "The offer is presented to {0}, who is not one of the client's people in the relationship map; add them to the map or correct the id.", Wording.Quote(presentation.Audience[p].Person));
                    }
                }
            }
        }

        Unique(account.Negotiations, n => n.Id, "negotiations", bag);
        for (var i = 0; i < account.Negotiations.Count; i++)
        {
            var negotiation = account.Negotiations[i];
            var path = At("negotiations", i);
            CheckClient(negotiation.Client, account, path + ".client", "negotiation plan", bag);
            bag.AddRange(NegotiationPlanValidator.Validate(negotiation), path);
            CheckReference(negotiation.Opportunity, path + ".opportunity", opportunityIds, account.Opportunities is not null, "opportunity", "opportunities", "negotiation plan", bag);
            CheckReference(negotiation.Offer, path + ".offer", offerIds, account.Offers.Count > 0, "offer", "offers", "negotiation plan", bag);
        }
    }

    private static void CheckPlanReviews(AccountDocument account, Dictionary<string, int> team, LocalDate asOf, DiagnosticBag bag)
    {
        if (account.PlanReviews.Count == 0)
        {
            return;
        }

        var mapPeople = MapPeople(account.Relationships);
        var current = new HashSet<int>(AccountPlanReviews.Current(account.PlanReviews, asOf));
        for (var i = 0; i < account.PlanReviews.Count; i++)
        {
            var review = account.PlanReviews[i];
            var path = At("planReviews", i);
            CheckClient(review.Client, account, path + ".client", "plan review", bag);
            for (var p = 0; p < review.OurParticipants.Count; p++)
            {
                if (!team.ContainsKey(review.OurParticipants[p]))
                {
                    bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, At(path + ".ourParticipants", p), "{0} took part in the plan review but is not on the account's team; add them to the team or correct the id.", Wording.Quote(review.OurParticipants[p]));
                }
            }

            if (mapPeople is not null)
            {
                for (var p = 0; p < review.ClientParticipants.Count; p++)
                {
                    if (!mapPeople.Contains(review.ClientParticipants[p].Trim()))
                    {
                        bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownPerson, At(path + ".clientParticipants", p), "{0} took part in the plan review but is not one of the client's people in the relationship map; add them to the map or correct the id.", Wording.Quote(review.ClientParticipants[p]));
                    }
                }
            }

            if (!current.Contains(i))
            {
                bag.AddRange(AccountPlanReviews.CheckHistory(review), path);
                continue;
            }

            if (AccountPlanReviews.PlanFor(account, review) is { } plan)
            {
                bag.AddRange(AccountPlanReviews.CheckCurrent(review, plan).Diagnostics, path);
                continue;
            }

            bag.AddRange(AccountPlanReviews.CheckHistory(review), path);
            if (account.Plan is null)
            {
                var named = new HashSet<string>(StringComparer.Ordinal);
                var ids = new List<string>();
                void Name(IEnumerable<string> goals)
                {
                    foreach (var g in goals)
                    {
                        if (named.Add(g))
                        {
                            ids.Add(g);
                        }
                    }
                }

                foreach (var g in review.Goals)
                {
                    Name(new[] { g.Goal });
                }

                foreach (var d in review.Decisions)
                {
                    Name(d.Goals);
                }

                foreach (var c in review.Changes)
                {
                    Name(c.Goals);
                }

                CheckReferences(ids, path, named, held: false, "goal", "plan", bag, "plan review");
            }
        }
    }

    /// <summary>The held documents' ids (trimmed), reporting a repeated one; an empty id is its own validator's to report.</summary>
    private static HashSet<string> Unique<T>(IReadOnlyList<T> documents, Func<T, string> id, string list, DiagnosticBag bag)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var value = id(documents[i]).Trim();
            if (value.Length > 0 && !ids.Add(value))
            {
                bag.Add(AccountsDiagnosticCodes.Descriptors.DuplicateId, At(list, i) + ".id", "The id {0} is already used in {1}; ids must be unique there.", Wording.Quote(value), list);
            }
        }

        return ids;
    }

    private static void CheckClient(ClientId held, AccountDocument account, string path, string what, DiagnosticBag bag)
    {
        if (held != account.Client)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ClientMismatch, path, "The {0} is for {1}, not for this account's client {2}.", what, Wording.Quote(held.ToString()), Wording.Quote(account.Client.ToString()));
        }
    }

    private static void CheckReference(string? id, string path, HashSet<string> known, bool held, string what, string document, string referrer, DiagnosticBag bag)
    {
        if (id is null || id.Trim().Length == 0)
        {
            return;
        }

        if (!held)
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.ReferenceNotCheckable, path, "The {0} names the {1} {2}, but the account holds no {3} to check it against.", referrer, what, Wording.Quote(id), document);
        }
        else if (!known.Contains(id.Trim()))
        {
            bag.Add(AccountsDiagnosticCodes.Descriptors.UnknownReference, path, "There is no {0} {1} in the account's {2}.", what, Wording.Quote(id), document);
        }
    }

    /// <summary>The ids (trimmed) of the map's people; null without a map.</summary>
    private static HashSet<string>? MapPeople(RelationshipMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in map.People)
        {
            people.Add(p.Id.Trim());
        }

        return people;
    }
}
