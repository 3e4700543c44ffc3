using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// Finds every defect of an offer (its benefits, costs, price, horizon, presentation, and the
/// key-client rules of its tier) and reports each as a <see cref="Diagnostic"/> with a <c>KAN</c>
/// code and its JSON path.
/// </summary>
/// <remarks>
/// <para>
/// The price, ROI and payback checks (<c>KAN043</c> to <c>KAN046</c>) run only when the amounts,
/// currencies and periods have no errors, since the numbers are undefined otherwise.
/// </para>
/// <para>
/// With the client's relationship map, the presentation's audience is checked against the map
/// itself rather than only against what the presentation restates: a person's roles are those the
/// presentation gives them and those the map gives them for the offer's decision, so the decision
/// maker and a sponsor are found from the map; every anti-sponsor of the map must have their
/// objections recorded (<c>KAN067</c>) and answered (<c>KAN062</c>); a person of the audience who
/// is not in the map, or not part of the client on the presentation's day, is <c>KAN066</c>; a
/// role the presentation gives and the map does not is <c>KAN068</c>. Which roles count is
/// described in <c>docs/negotiation.md</c> (the map's decisions named by the offer's opportunity or
/// client goal, else every role). The map itself is not validated here
/// (<see cref="RelationshipMapValidator"/> does that); any map the model allows is read without
/// failing.
/// </para>
/// </remarks>
public static class OfferValidator
{
    private const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Checks <paramref name="offer"/> against <paramref name="rules"/> and, when given, the account plan's client goals and the client's relationship map.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="rules">The key-client rules; null for <see cref="OfferRules.Default"/>. They are assumed valid (see <see cref="OfferRules.Validate"/>).</param>
    /// <param name="plan">The client's account plan; when given, the problem's and benefits' client goals must be among its <see cref="AccountPlan.ClientGoals"/>.</param>
    /// <param name="map">The client's relationship map; when given, the presentation's audience is checked against its people and their roles (<c>KAN066</c> to <c>KAN068</c>; a map of another client is <c>KAN069</c> and is not used).</param>
    /// <returns>The diagnostics in the shared order; empty for an offer without defects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offer"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(Offer offer, OfferRules? rules = null, AccountPlan? plan = null, RelationshipMap? map = null)
    {
        Require.NotNull(offer, nameof(offer));
        rules ??= OfferRules.Default;
        var bag = new DiagnosticBag();
        var numbersDefined = CheckStructure(offer, plan, bag);
        if (numbersDefined)
        {
            if (Financials(offer, bag) is { } financials)
            {
                CheckNumbers(offer, financials, rules, bag);
            }

            CheckRules(offer, rules, bag);
        }

        MapAudience? people = null;
        if (map is not null && map.Client != offer.Client)
        {
            bag.Add(D(NegotiationDiagnosticCodes.MapOfAnotherClient), "client", "The offer is for {0} but the relationship map given is of {1}; check the presentation with the map of the offer's client.", Wording.Quote(offer.Client.Value), Wording.Quote(map.Client.Value));
        }
        else if (map is not null)
        {
            people = MapAudience.Of(map, offer, offer.Presentation?.Date);
        }

        if (offer.Presentation is { } presentation)
        {
            CheckPresentation(offer, presentation, people, bag);
        }

        return bag.ToSortedList();
    }

    private static DiagnosticDescriptor D(string code) => NegotiationDiagnosticCodes.Get(code);

    /// <summary>
    /// The offer's figures, or null with a <c>KAN047</c> when its amounts, summed or discounted over
    /// the horizon, leave the range of an exact decimal (a strongly negative discount rate over a
    /// long horizon multiplies late amounts many times over).
    /// </summary>
    internal static OfferFinancials? Financials(Offer offer, DiagnosticBag bag)
    {
        try
        {
            return OfferMath.Financials(offer);
        }
        catch (OverflowException)
        {
            if (offer.DiscountRate < 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), "discountRate", "Discounted at {0} a year from {1} to {2}, the amounts grow beyond the range of an exact decimal (about 7.9e28); a negative rate over a long horizon multiplies late amounts many times over, so check the rate and the horizon.", Wording.Percent(offer.DiscountRate), Wording.Date(offer.Start), Wording.Date(offer.HorizonEnd));
            }
            else
            {
                bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), "benefits", "The benefits and costs over the horizon add up beyond the range of an exact decimal (about 7.9e28); express them in a larger unit.");
            }

            return null;
        }
    }

    private static string At(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Checks ids, goals, amounts, currencies and periods; true when the numbers can be computed.</summary>
    private static bool CheckStructure(Offer offer, AccountPlan? plan, DiagnosticBag bag)
    {
        var defined = true;
        if (string.IsNullOrWhiteSpace(offer.Id))
        {
            bag.Add(D(NegotiationDiagnosticCodes.EmptyId), "id", "The offer's id is empty; give it an id a negotiation plan can refer to.");
        }

        HashSet<string>? goals = null;
        if (plan is not null)
        {
            goals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var goal in plan.ClientGoals)
            {
                goals.Add(goal.Id.Trim());
            }
        }

        if (string.IsNullOrWhiteSpace(offer.ClientGoal))
        {
            bag.Add(D(NegotiationDiagnosticCodes.EmptyId), "clientGoal", "The problem is tied to no client goal; an offer sells the solution to a problem of the client's, so name the client goal of the account plan it serves.");
        }
        else if (goals is not null && !goals.Contains(offer.ClientGoal))
        {
            bag.Add(D(NegotiationDiagnosticCodes.UnknownClientGoal), "clientGoal", "The client goal {0} is not one of the account plan's client goals.", Wording.Quote(offer.ClientGoal));
        }

        if (!Defined.Is(offer.Tier))
        {
            bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), "tier", "The tier {0} is not key, potentialKey or other.", (int)offer.Tier);
        }

        var currency = offer.Pricing.ListPrice.Currency;
        defined &= CheckMoney(offer.Pricing.ListPrice, currency, "pricing.listPrice", bag);
        defined &= CheckMoney(offer.Pricing.FloorPrice, currency, "pricing.floorPrice", bag);
        defined &= CheckMoney(offer.Pricing.OurCost, currency, "pricing.ourCost", bag);
        if (!(offer.Pricing.Discount >= 0 && offer.Pricing.Discount <= 1))
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), "pricing.discount", "The discount is {0}; give a share from 0 to 1 (0.05 for 5%).", Wording.Number(offer.Pricing.Discount, 4));
            defined = false;
        }

        if (double.IsNaN(offer.DiscountRate) || double.IsInfinity(offer.DiscountRate) || offer.DiscountRate <= -1 || offer.DiscountRate > 10)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), "discountRate", "The discount rate is {0}; give the client's yearly rate as a share above -1 and at most 10 (0.08 for 8%).", Wording.Number(offer.DiscountRate, 4));
            defined = false;
        }

        if (offer.PaymentTermDays < 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), "paymentTermDays", "The payment term is {0} days; give 0 or more.", offer.PaymentTermDays);
        }

        if (offer.HorizonEnd < offer.Start || offer.HorizonEnd.Year > 9000 || offer.Start.Year < 1)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidPeriod), "horizonEnd", "The horizon runs from {0} to {1}; it must end on or after its start, by the year 9000.", Wording.Date(offer.Start), Wording.Date(offer.HorizonEnd));
            defined = false;
        }

        if (offer.Benefits.Count == 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NoBenefits), "benefits", "The offer quantifies no benefit for the client; a compelling offer says what the client gains, how much and when.");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < offer.Benefits.Count; i++)
        {
            var b = offer.Benefits[i];
            var at = At("benefits", i);
            var id = b.Id?.Trim() ?? string.Empty;
            if (id.Length == 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.EmptyId), at + ".id", "The benefit's id is empty; give it an id a presentation can show.");
            }
            else if (ids.TryGetValue(id, out var first))
            {
                bag.Add(D(NegotiationDiagnosticCodes.DuplicateId), at + ".id", "The id {0} is already used by benefits[{1}]; ids must be unique within benefits.", Wording.Quote(id), first);
            }
            else
            {
                ids.Add(id, i);
            }

            var goal = b.ClientGoal?.Trim() ?? string.Empty;
            if (goal.Length == 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.BenefitWithoutGoal), at + ".clientGoal", "The benefit is tied to no client goal; say which of the client's goals it serves.");
            }
            else if (goals is not null && !goals.Contains(goal))
            {
                bag.Add(D(NegotiationDiagnosticCodes.UnknownClientGoal), at + ".clientGoal", "The client goal {0} is not one of the account plan's client goals.", Wording.Quote(goal));
            }

            defined &= CheckMoney(b.AmountPerPeriod, currency, at + ".amountPerPeriod", bag);
            if (!(b.Confidence >= 0 && b.Confidence <= 1))
            {
                bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), at + ".confidence", "The confidence is {0}; give a probability from 0 to 1.", Wording.Number(b.Confidence, 4));
                defined = false;
            }

            defined &= CheckPeriod(b.Every, at + ".every", bag);
            defined &= CheckCount(b.Periods, at + ".periods", bag);
        }

        for (var i = 0; i < offer.ClientCosts.Count; i++)
        {
            var c = offer.ClientCosts[i];
            var at = At("clientCosts", i);
            defined &= CheckMoney(c.Amount, currency, at + ".amount", bag);
            if (!Defined.Is(c.Kind))
            {
                bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), at + ".kind", "The kind {0} is not oneOff or recurring.", (int)c.Kind);
                defined = false;
            }
            else if (c.Kind == CostKind.Recurring)
            {
                if (c.Every is null)
                {
                    bag.Add(D(NegotiationDiagnosticCodes.InvalidPeriod), at + ".every", "A recurring cost needs its period (every); give one such as P1M.");
                    defined = false;
                }
                else
                {
                    defined &= CheckPeriod(c.Every, at + ".every", bag);
                }

                defined &= CheckCount(c.Periods, at + ".periods", bag);
            }
        }

        return defined;
    }

    private static bool CheckMoney(Money money, Currency currency, string path, DiagnosticBag bag)
    {
        if (money.Currency != currency)
        {
            bag.Add(D(NegotiationDiagnosticCodes.MixedCurrencies), path, "The amount {0} is not in {1}, the currency of the list price; amounts in different currencies are never combined, so convert it.", Wording.Amount(money), currency.Code);
            return false;
        }

        if (money.Amount < 0 || money.Amount > MaxAmount)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidAmount), path, "The amount is {0}; give an amount from 0 to 10^15.", Wording.Amount(money));
            return false;
        }

        return true;
    }

    /// <summary>
    /// A period is a positive whole number of days, weeks, months or years (or a mix), at most 100
    /// years in each unit (1,200 months, 5,218 weeks, 36,525 days): a longer one would step past the
    /// calendar's last day long before its count is reached.
    /// </summary>
    private static bool CheckPeriod(Period? period, string path, DiagnosticBag bag)
    {
        if (period is null || period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0
            || (period.Years == 0 && period.Months == 0 && period.Weeks == 0 && period.Days == 0))
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidPeriod), path, "The period {0} is not a positive whole number of days, weeks, months or years; give one such as P1M.", period is null ? "(none)" : Wording.Period(period));
            return false;
        }

        if (period.Years > 100 || period.Months > 1_200 || period.Weeks > 5_218 || period.Days > 36_525)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidPeriod), path, "The period {0} is longer than 100 years; give one such as P1M or P1Y.", Wording.Period(period));
            return false;
        }

        return true;
    }

    private static bool CheckCount(int count, string path, DiagnosticBag bag)
    {
        if (count < 1 || count > 100_000)
        {
            bag.Add(D(NegotiationDiagnosticCodes.InvalidPeriod), path, "The count is {0}; give from 1 to 100,000.", count);
            return false;
        }

        return true;
    }

    private static void CheckNumbers(Offer offer, OfferFinancials f, OfferRules rules, DiagnosticBag bag)
    {
        if (f.NetPrice.Amount < offer.Pricing.FloorPrice.Amount)
        {
            bag.Add(D(NegotiationDiagnosticCodes.PriceBelowFloor), "pricing.discount", "The net price {0} (list price {1} less {2}) is below our floor {3}; lower the discount.", Wording.Amount(f.NetPrice), Wording.Amount(offer.Pricing.ListPrice), Wording.Percent(offer.Pricing.Discount), Wording.Amount(offer.Pricing.FloorPrice));
        }

        if (f.Margin.Amount < 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NegativeMargin), "pricing.ourCost", "Our margin is {0}: our cost {1} is above the net price {2}; the offer loses money.", Wording.Amount(f.Margin), Wording.Amount(offer.Pricing.OurCost), Wording.Amount(f.NetPrice));
        }

        if (f.PaybackDate is null && f.Cost.Amount > 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.PaybackBeyondHorizon), "horizonEnd", "The client does not recover its costs of {0} by {1}: the expected benefits within the horizon are {2}.", Wording.Amount(f.Cost), Wording.Date(offer.HorizonEnd), Wording.Amount(f.Benefit));
        }

        if (f.Roi is { } roi && roi < rules.MinimumRoi)
        {
            bag.Add(D(NegotiationDiagnosticCodes.RoiBelowThreshold), "benefits", "The client's ROI over the horizon is {0}, below the minimum of {1}; strengthen the benefits or lower the costs.", Wording.Percent(roi), Wording.Percent(rules.MinimumRoi));
        }
    }

    private static void CheckRules(Offer offer, OfferRules rules, DiagnosticBag bag)
    {
        foreach (var finding in OfferMath.Rules(offer, rules.For(offer.Tier)))
        {
            var subject = finding.Rule.Substring(finding.Rule.IndexOf('.') + 1);
            var (path, approve, forbid) = subject switch
            {
                "discount" => ("pricing.discount", NegotiationDiagnosticCodes.DiscountNeedsApproval, NegotiationDiagnosticCodes.DiscountBeyondLimit),
                "paymentTerm" => ("paymentTermDays", NegotiationDiagnosticCodes.PaymentTermNeedsApproval, NegotiationDiagnosticCodes.PaymentTermBeyondLimit),
                _ => ("exclusive", NegotiationDiagnosticCodes.ExclusivityNeedsApproval, NegotiationDiagnosticCodes.ExclusivityNotAllowed),
            };
            if (finding.Verdict == RuleVerdict.NeedsApproval)
            {
                bag.Add(D(approve), path, "Rule {0}: {1}", finding.Rule, finding.Explanation);
            }
            else if (finding.Verdict == RuleVerdict.Forbidden)
            {
                bag.Add(D(forbid), path, "Rule {0}: {1}", finding.Rule, finding.Explanation);
            }
        }
    }

    private static void CheckPresentation(Offer offer, Presentation p, MapAudience? map, DiagnosticBag bag)
    {
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new List<AudienceRole>[p.Audience.Count];
        bool decisionMaker = false, sponsor = false;
        for (var i = 0; i < p.Audience.Count; i++)
        {
            var person = p.Audience[i];
            var at = At("presentation.audience", i);
            if (person.Person.Length == 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.EmptyId), at + ".person", "The person's id is empty; use the relationship map's id.");
            }
            else if (people.TryGetValue(person.Person, out var first))
            {
                bag.Add(D(NegotiationDiagnosticCodes.DuplicateId), at + ".person", "The person {0} is already audience[{1}]; list each person once with all their roles.", Wording.Quote(person.Person), first);
            }
            else
            {
                people.Add(person.Person, i);
            }

            for (var r = 0; r < person.Roles.Count; r++)
            {
                if (!Defined.Is(person.Roles[r]))
                {
                    bag.Add(D(NegotiationDiagnosticCodes.UndefinedValue), At(at + ".roles", r), "The role {0} is not one of the six (decisionMaker, influencer, sponsor, antiSponsor, risingStar, fallingStar).", (int)person.Roles[r]);
                }
            }

            roles[i] = map is null || person.Person.Length == 0 ? new List<AudienceRole>(person.Roles) : CheckAgainstMap(person, at, map, bag);
            decisionMaker |= person.Invited && roles[i].Contains(AudienceRole.DecisionMaker);
            sponsor |= person.Invited && roles[i].Contains(AudienceRole.Sponsor);
        }

        if (!decisionMaker)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NoDecisionMaker), "presentation.audience", "No decision maker is invited; a presentation that cannot reach a decision wins nothing, so invite the person who decides.{0}", Candidates(map, AudienceRole.DecisionMaker, "decision maker"));
        }

        if (!sponsor)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NoSponsor), "presentation.audience", "No sponsor is invited; invite someone of the client's who supports the offer.{0}", Candidates(map, AudienceRole.Sponsor, "sponsor"));
        }

        var answered = new HashSet<(string, string)>();
        for (var a = 0; a < p.Answers.Count; a++)
        {
            var answer = p.Answers[a];
            var person = answer.Person?.Trim() ?? string.Empty;
            if (!people.ContainsKey(person))
            {
                bag.Add(D(NegotiationDiagnosticCodes.UnknownPerson), At("presentation.answers", a) + ".person", "The person {0} is not in the audience.", Wording.Quote(person));
            }

            if (!string.IsNullOrWhiteSpace(answer.Answer))
            {
                answered.Add((person, answer.Objection?.Trim() ?? string.Empty));
            }
        }

        for (var i = 0; i < p.Audience.Count; i++)
        {
            var person = p.Audience[i];
            if (!roles[i].Contains(AudienceRole.AntiSponsor))
            {
                continue;
            }

            for (var o = 0; o < person.Objections.Count; o++)
            {
                if (!answered.Contains((person.Person, person.Objections[o].Trim())))
                {
                    bag.Add(D(NegotiationDiagnosticCodes.ObjectionUnanswered), At(At("presentation.audience", i) + ".objections", o), "The anti-sponsor {0} objects {1} and the presentation has no answer; answer every known objection.", Wording.Quote(person.Name ?? person.Person), Wording.Quote(person.Objections[o]));
                }
            }
        }

        if (map is not null)
        {
            CheckMapAntiSponsors(p, people, map, bag);
        }

        var benefitIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in offer.Benefits)
        {
            benefitIds.Add(b.Id?.Trim() ?? string.Empty);
        }

        for (var s = 0; s < p.BenefitsShown.Count; s++)
        {
            if (!benefitIds.Contains(p.BenefitsShown[s].Trim()))
            {
                bag.Add(D(NegotiationDiagnosticCodes.BenefitNotInOffer), At("presentation.benefitsShown", s), "The benefit {0} is not one of the offer's; show the benefits the offer quantifies.", Wording.Quote(p.BenefitsShown[s]));
            }
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(p.Problem))
        {
            missing.Add("the problem");
        }

        if (string.IsNullOrWhiteSpace(p.Solution))
        {
            missing.Add("the solution");
        }

        if (p.BenefitsShown.Count == 0)
        {
            missing.Add("quantified benefits");
        }

        if (p.Proof.Count == 0)
        {
            missing.Add("proof");
        }

        if (string.IsNullOrWhiteSpace(p.Ask))
        {
            missing.Add("the ask");
        }

        if (missing.Count > 0)
        {
            bag.Add(D(NegotiationDiagnosticCodes.PresentationIncomplete), "presentation", "The presentation lacks {0}; a winning presentation states the problem, the solution, quantified benefits, proof and the ask.", string.Join(", ", missing));
        }
    }

    /// <summary>
    /// The roles of an audience entry whose person is looked up in the map: the presentation's and
    /// the map's. Reports a person not in the map or not part of the client on the day
    /// (<c>KAN066</c>) and each role the presentation gives that the map does not (<c>KAN068</c>).
    /// </summary>
    private static List<AudienceRole> CheckAgainstMap(PresentationAudience person, string at, MapAudience map, DiagnosticBag bag)
    {
        var roles = new List<AudienceRole>(person.Roles);
        var known = map.Find(person.Person);
        if (known is null)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NotInMap), at + ".person", "The presentation's audience names {0}, who is not one of the client's people in the relationship map; add them to the map or correct the id.", Wording.Quote(person.Person));
            return roles;
        }

        if (known.Absence is { } absence)
        {
            bag.Add(D(NegotiationDiagnosticCodes.NotInMap), at + ".person", "The presentation's audience names {0}, who {1} and is not part of the client on the presentation's day; the map's roles of theirs do not count.", known.Describe(), absence);
            return roles;
        }

        for (var r = 0; r < person.Roles.Count; r++)
        {
            var role = person.Roles[r];
            if (Defined.Is(role) && !known.Roles.Contains(role))
            {
                bag.Add(D(NegotiationDiagnosticCodes.RoleNotInMap), At(at + ".roles", r), "The presentation calls {0} {1}, but {2} they are {3}; bring the map up to date or correct the presentation.", known.Describe(), RoleWords(role), map.Scope(), known.Roles.Count == 0 ? "of none of the six kinds" : string.Join(", ", known.Roles.ConvertAll(RoleWords)));
            }
        }

        foreach (var role in known.Roles)
        {
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    /// <summary>Reports each anti-sponsor of the map whose objections the presentation does not record (<c>KAN067</c>).</summary>
    private static void CheckMapAntiSponsors(Presentation p, Dictionary<string, int> people, MapAudience map, DiagnosticBag bag)
    {
        foreach (var antiSponsor in map.With(AudienceRole.AntiSponsor))
        {
            if (!people.TryGetValue(antiSponsor.Id, out var i))
            {
                bag.Add(D(NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown), "presentation.audience", "{0} is an anti-sponsor {1}, but the presentation's audience does not list them, so their objections are neither known nor answered; add them to the audience (invited or not) with their objections and answer each.", Wording.Capitalise(antiSponsor.Describe()), map.Scope());
            }
            else if (p.Audience[i].Objections.Count == 0)
            {
                bag.Add(D(NegotiationDiagnosticCodes.AntiSponsorObjectionsUnknown), At("presentation.audience", i) + ".objections", "{0} is an anti-sponsor {1}, but the presentation records no objection of theirs; find out what they object to and answer it.", Wording.Capitalise(antiSponsor.Describe()), map.Scope());
            }
        }
    }

    /// <summary>" In the relationship map, 'owner' (Elena Sorokina) is a decision maker." (at most three named), or, without a map, nothing.</summary>
    private static string Candidates(MapAudience? map, AudienceRole role, string what)
    {
        if (map is null)
        {
            return string.Empty;
        }

        var found = map.With(role);
        if (found.Count == 0)
        {
            return " Nobody is a " + what + " " + map.Scope() + " either.";
        }

        var names = found.Count <= 3 ? found : found.GetRange(0, 3);
        var more = found.Count > 3 ? " and " + Wording.Number(found.Count - 3) + " more" : string.Empty;
        return " " + Wording.Capitalise(map.Scope()) + ", " + string.Join(", ", names.ConvertAll(n => n.Describe())) + more + (found.Count == 1 ? " is a " : " are ") + what + (found.Count == 1 ? "." : "s.");
    }

    private static string RoleWords(AudienceRole role) => role switch
    {
        AudienceRole.DecisionMaker => "a decision maker",
        AudienceRole.Influencer => "an influencer",
        AudienceRole.Sponsor => "a sponsor",
        AudienceRole.AntiSponsor => "an anti-sponsor",
        AudienceRole.RisingStar => "a rising star",
        _ => "a falling star",
    };
}
