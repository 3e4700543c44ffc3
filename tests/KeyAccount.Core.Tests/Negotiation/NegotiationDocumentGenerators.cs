using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Negotiation;

/// <summary>Any negotiation plan a JSON file can hold: well-formed, often wrong in its values.</summary>
public sealed record AnyPlan(NegotiationPlan Plan)
{
    public override string ToString() => KeyAccountJson.Serialize(Plan);
}

/// <summary>Any offer a JSON file can hold: well-formed, often wrong in its values.</summary>
public sealed record AnyOffer(Offer Offer)
{
    public override string ToString() => KeyAccountJson.Serialize(Offer);
}

/// <summary>An offer built to satisfy every rule that is an error, with the rules and (sometimes) the account plan it is checked against.</summary>
public sealed record ValidOffer(Offer Offer, OfferRules Rules, AccountPlan? Plan)
{
    public override string ToString() => KeyAccountJson.Serialize(Offer) + Environment.NewLine + KeyAccountJson.Serialize(Rules) + Environment.NewLine + (Plan is null ? "no plan" : "the sample plan");
}

/// <summary>
/// FsCheck generators of whole negotiation documents: any well-formed plan or offer (every value
/// JSON can carry, undefined enum values and out-of-range numbers included), and valid offers
/// built from the rules they are checked against.
/// </summary>
public static class NegotiationDocumentGenerators
{
    private static readonly string[] Texts = { "fee", "duration", "a", "Bookshop Müller", "  padded  ", string.Empty, " ", "quote \" and \\ backslash", "line\nbreak", "tab\tand \u00e9\u4e2d\u6587", "emoji \ud83d\udcda", "<b>&amp;</b>" };

    private static readonly decimal[] SpecialDecimals =
    {
        0m, 1m, -1m, 0.5m, 1.00m, 3_300m, 3_400.50m, 100m, 0.0000000001m, 1e15m, -1e15m, 79_228_162_514_264_337_593_543_950_335m, -79_228_162_514_264_337_593_543_950_335m, 7.9228162514264337593543950335m,
    };

    private static readonly double[] SpecialDoubles = { 0, -0.0, 1, -1, 0.5, 0.1, 1e-300, 1e300, double.MaxValue, double.MinValue, double.Epsilon, 3.0000000000000004 };

    private static readonly Period[] AnyPeriods =
    {
        Period.FromDays(1), Period.FromWeeks(2), Period.FromMonths(1), Period.FromMonths(3), Period.FromYears(1), Period.Zero, Period.FromDays(-3),
        new PeriodBuilder { Years = 1, Months = 2, Weeks = 3, Days = 4 }.Build(), Period.FromHours(1), Period.FromMonths(1_000_000), Period.FromDays(100_000_000), Period.FromYears(100), Period.FromWeeks(int.MaxValue / 8),
    };

    private static readonly Period[] PositivePeriods = { Period.FromDays(10), Period.FromWeeks(1), Period.FromWeeks(2), Period.FromMonths(1), Period.FromMonths(3), Period.FromYears(1), new PeriodBuilder { Months = 1, Days = 15 }.Build() };

    private static readonly Currency[] Currencies = { Currency.Eur, Currency.Usd, new("CHF") };

    public static Arbitrary<AnyPlan> AnyPlans() => PlanGen.Select(p => new AnyPlan(p)).ToArbitrary();

    public static Arbitrary<AnyOffer> AnyOffers() => OfferGen.Select(o => new AnyOffer(o)).ToArbitrary();

    public static Arbitrary<ValidOffer> ValidOffers() => ValidOfferGen.ToArbitrary();

    // ---- Building blocks ----

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    private static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    private static Gen<T[]> ArrayOf<T>(Gen<T> gen, int max) =>
        from n in Gen.Choose(0, max)
        from items in Gen.ArrayOf(gen, n)
        select items;

    private static Gen<string> Text { get; } = Gen.Elements(Texts);

    private static Gen<decimal> Decimal { get; } = Gen.Frequency(
        (2, Gen.Elements(SpecialDecimals)),
        (3, Gen.Choose(-10_000, 10_000).Select(i => (decimal)i)),
        (3, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Elements(0, 0, 1, 1000, int.MaxValue)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)));

    /// <summary>Finite doubles only: JSON has no NaN or infinity, so a file cannot hold them.</summary>
    private static Gen<double> Double { get; } = Gen.Frequency(
        (2, Gen.Elements(SpecialDoubles)),
        (3, Gen.Choose(-1000, 1000).Select(i => i / 100.0)),
        (1, from mantissa in Gen.Choose(int.MinValue, int.MaxValue)
            from exponent in Gen.Choose(-300, 298)
            select mantissa * Math.Pow(10, exponent)));

    private static Gen<int> Int { get; } = Gen.Frequency(
        (3, Gen.Choose(-5, 100)),
        (1, Gen.Elements(0, 1, 30, 100_000, 100_001, int.MaxValue, int.MinValue)));

    /// <summary>A count of periods: mostly 1 to 60, sometimes any whole number.</summary>
    private static Gen<int> Count { get; } = Gen.Frequency((20, Gen.Choose(1, 60)), (1, Int));

    private static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (4, from year in Gen.Choose(2000, 2100)
            from day in Gen.Choose(0, 364)
            select new LocalDate(year, 1, 1).PlusDays(day)),
        (1, from year in Gen.Choose(1, 9999)
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            select new LocalDate(year, month, day)),
        (1, Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(9000, 12, 31))));

    private static Gen<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum =>
        Gen.Frequency((30, Gen.Elements(System.Enum.GetValues<TEnum>())), (1, Gen.Elements(42, -1).Select(v => (TEnum)(object)v)));

    private static Gen<Money> Money { get; } =
        from amount in Decimal
        from currency in Gen.Elements(Currencies)
        select new Money(amount, currency);

    // ---- Negotiation plans ----

    private static Gen<IssueRange> RangeGen { get; } = Gen.Frequency(
        (3, from min in Gen.Choose(-50, 50)
            from points in Gen.Choose(1, 30)
            from step in Gen.Elements(1m, 0.5m, 10m, 100m, 0.25m)
            from ragged in Gen.Elements(0m, 0m, 0.1m)
            select new IssueRange(min, min + (step * (points - 1)) + ragged, step)),
        (1, from min in Decimal
            from max in Decimal
            from step in Decimal
            select new IssueRange(min, max, step)));

    private static Gen<NegotiationIssue> WildIssueGen { get; } =
        from id in Gen.Frequency((5, Gen.Elements("fee", "duration", "payment", "lead-time", "exclusivity", "i5")), (1, Text))
        from kind in Enum<IssueKind>()
        from direction in Enum<IssueDirection>()
        from values in Gen.Frequency(
            (4, ArrayOf(Gen.Choose(-20, 20).Select(v => (decimal)v), 6)),
            (1, ArrayOf(Decimal, 4)))
        from labels in Gen.ArrayOf(OrNull(Text), values.Length)
        from shape in Gen.Frequency((5, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from range in RangeGen
        from bounds in Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(-20, 20).Select(v => (decimal)v)), (1, Decimal)), 4)
        from ourWeight in Gen.Frequency((5, Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0)), (1, Double))
        from clientWeight in Gen.Frequency((5, Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0)), (1, Double))
        from name in OrNull(Text)
        from unit in OrNull(Gen.Elements("EUR", "months", "days", string.Empty))
        from clientDirection in OrNone(Enum<IssueDirection>())
        select new NegotiationIssue(
            id, kind, direction, bounds[0], bounds[1], bounds[2], bounds[3], ourWeight, clientWeight,
            shape is 0 or 2 ? values.Select((v, j) => new IssueOption(v, labels[j])).ToArray() : null,
            shape is 1 or 2 ? range : null,
            name, unit, clientDirection);

    /// <summary>An issue without defects: a defined direction, targets better than walk-aways for each side, distinct options or a small range, a non-negative weight.</summary>
    private static Gen<NegotiationIssue> SaneIssueGen { get; } =
        from id in Gen.Elements("fee", "duration", "payment", "lead-time", "exclusivity", "i5", "i6", "i7")
        from kind in Gen.Elements(System.Enum.GetValues<IssueKind>())
        from direction in Gen.Elements(IssueDirection.HigherIsBetter, IssueDirection.LowerIsBetter)
        from clientDirection in Gen.Frequency((4, Gen.Constant<IssueDirection?>(null)), (1, Gen.Elements<IssueDirection?>(IssueDirection.HigherIsBetter, IssueDirection.LowerIsBetter)))
        from ours in Gen.Choose(-20, 20).Two()
        from theirs in Gen.Choose(-20, 20).Two()
        from values in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(-25, 25), n))
        from useRange in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from range in from min in Gen.Choose(-25, 0) from points in Gen.Choose(1, 20) from step in Gen.Elements(1m, 2.5m, 0.5m) select new IssueRange(min, min + (step * (points - 1)), step)
        from ourWeight in Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0)
        from clientWeight in Gen.Elements(0.0, 0.5, 1.0, 2.0, 3.0)
        from unit in OrNull(Gen.Elements("EUR", "months", "days"))
        let client = clientDirection ?? (direction == IssueDirection.HigherIsBetter ? IssueDirection.LowerIsBetter : IssueDirection.HigherIsBetter)
        let our = Ordered(direction, ours.Item1, ours.Item2)
        let their = Ordered(client, theirs.Item1, theirs.Item2)
        select new NegotiationIssue(
            id, kind, direction, our.Target, our.WalkAway, their.Target, their.WalkAway, ourWeight, clientWeight,
            useRange ? null : values.Distinct().Select(v => new IssueOption(v)).ToArray(),
            useRange ? range : null,
            unit: unit,
            clientDirection: clientDirection);

    private static Gen<NegotiationIssue> IssueGen { get; } = Gen.Frequency((6, SaneIssueGen), (1, WildIssueGen));

    /// <summary>A target better than the walk-away in <paramref name="direction"/> from two numbers (distinct when equal).</summary>
    private static (decimal Target, decimal WalkAway) Ordered(IssueDirection direction, int a, int b)
    {
        var (low, high) = a == b ? (a, a + 1) : (Math.Min(a, b), Math.Max(a, b));
        return direction == IssueDirection.HigherIsBetter ? (high, low) : (low, high);
    }

    /// <summary>A package over the plan's issues: mostly their own values, sometimes a stray value, an unknown issue or a missing one.</summary>
    private static Gen<PackageTerm[]> PackageGen(IReadOnlyList<NegotiationIssue> issues) =>
        from terms in Gen.CollectToArray(issues, issue =>
            from pick in Gen.Choose(0, 1000)
            from stray in Gen.Frequency((30, Gen.Constant<decimal?>(null)), (1, Decimal.Select(d => (decimal?)d)))
            let options = issue.Options.Count > 0 ? issue.Options.Select(o => o.Value).ToArray() : RangeValues(issue.Range)
            select new PackageTerm(issue.Id, stray ?? options[pick % options.Length]))
        from change in Gen.Frequency((30, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select change switch
        {
            1 => terms.Skip(1).ToArray(),
            2 => terms.Append(new PackageTerm("colour", 1m)).ToArray(),
            _ => terms,
        };

    private static Gen<NegotiationPlan> PlanGen { get; } =
        from id in Gen.Frequency((5, Gen.Elements("mail-order-2026", "p")), (1, Text))
        from client in Generators.ClientIdGen
        from issues in Gen.Frequency(
            (1, Gen.Constant(Array.Empty<NegotiationIssue>())),
            (2, ArrayOf(IssueGen, 4).Where(a => a.Length > 0)),
            (10, ArrayOf(IssueGen, 4).Where(a => a.Length > 0).Select(a => a.GroupBy(i => i.Id).Select(g => g.First()).ToArray())))
        from opportunity in OrNull(Text)
        from offer in OrNull(Text)
        from ourBatna in OrNull(from d in Text from u in Gen.Frequency((4, Gen.Elements(-0.5, 0.0, 0.2, 0.4)), (1, Double)) select new Batna(d, u))
        from clientBatna in OrNull(from d in Text from u in Gen.Frequency((4, Gen.Elements(-0.5, 0.0, 0.2, 0.4)), (1, Double)) select new Batna(d, u))
        from steps in ArrayOf(
            from terms in PackageGen(issues)
            from exchange in OrNull(Text)
            from note in OrNull(Text)
            select new ConcessionStep(terms, exchange, note), 4)
        from outcome in OrNull(
            from agreed in PackageGen(issues)
            from date in OrNone(Date)
            from opening in Gen.Frequency((1, Gen.Constant(Array.Empty<PackageTerm>())), (1, PackageGen(issues)))
            from note in OrNull(Text)
            select new NegotiationOutcome(agreed, date, opening, note))
        from title in OrNull(Text)
        select new NegotiationPlan(id, client, issues, opportunity, offer, ourBatna, clientBatna, steps, outcome, title);

    // ---- Offers ----

    private static Gen<PresentationAudience> AudienceGen { get; } =
        from person in Gen.Frequency((5, Gen.Elements("owner", "accountant", "head-of-sales", "buyer")), (1, Text))
        from roles in ArrayOf(Enum<AudienceRole>(), 3)
        from invited in Gen.Elements(true, true, false)
        from objections in ArrayOf(Text, 2)
        from name in OrNull(Text)
        select new PresentationAudience(person, roles, invited, objections, name);

    private static Gen<Presentation> PresentationGen { get; } =
        from audience in ArrayOf(AudienceGen, 4)
        from problem in OrNull(Text)
        from solution in OrNull(Text)
        from shown in ArrayOf(Gen.Frequency((3, Gen.Elements("b0", "b1")), (1, Text)), 3)
        from proof in ArrayOf(Text, 2)
        from ask in OrNull(Text)
        from answers in ArrayOf(from p in Gen.Elements("owner", "accountant", "ghost") from o in Text from a in Text select new ObjectionAnswer(p, o, a), 3)
        from date in OrNone(Date)
        select new Presentation(audience, problem, solution, shown, proof, ask, answers, date);

    private static Gen<OfferBenefit> BenefitGen { get; } =
        from id in Gen.Frequency((20, Gen.Elements("b0", "b1", "b2")), (1, Text))
        from description in Text
        from goal in Gen.Frequency((20, Gen.Constant("mail-order")), (1, Text))
        from amount in Gen.Frequency((20, Gen.Choose(0, 10_000).Select(v => new Money(v, Currency.Eur))), (1, Money))
        from every in Gen.Frequency((20, Gen.Elements(PositivePeriods)), (1, Gen.Elements(AnyPeriods)))
        from start in Gen.Frequency((20, from day in Gen.Choose(0, 800) select new LocalDate(2026, 1, 1).PlusDays(day)), (1, Date))
        from periods in Count
        from confidence in Gen.Frequency((20, Gen.Choose(0, 10).Select(v => v / 10.0)), (1, Double))
        select new OfferBenefit(id, description, goal, amount, every, start, periods, confidence);

    private static Gen<OfferCost> CostGen { get; } =
        from description in Text
        from amount in Gen.Frequency((20, Gen.Choose(0, 50_000).Select(v => new Money(v, Currency.Eur))), (1, Money))
        from date in Gen.Frequency((20, from day in Gen.Choose(0, 800) select new LocalDate(2026, 1, 1).PlusDays(day)), (1, Date))
        from kind in Enum<CostKind>()
        from every in Gen.Frequency((20, Gen.Elements(PositivePeriods).Select(p => (Period?)p)), (1, OrNull(Gen.Elements(AnyPeriods))))
        from periods in Count
        select new OfferCost(description, amount, date, kind, every, periods);

    private static Gen<Offer> OfferGen { get; } =
        from id in Gen.Frequency((20, Gen.Constant("mail-order-offer")), (1, Text))
        from client in Generators.ClientIdGen
        from goal in Gen.Frequency((20, Gen.Constant("mail-order")), (1, Text))
        from problem in Text
        from solution in Text
        from list in Gen.Frequency((20, Gen.Choose(0, 200_000).Select(v => new Money(v, Currency.Eur))), (1, Money))
        from discount in Gen.Frequency((20, Gen.Choose(0, 20).Select(v => v / 100.0)), (1, Double))
        from floor in Gen.Frequency((20, Gen.Choose(0, 100_000).Select(v => new Money(v, Currency.Eur))), (1, Money))
        from cost in Gen.Frequency((20, Gen.Choose(0, 100_000).Select(v => new Money(v, Currency.Eur))), (1, Money))
        from start in Gen.Frequency((20, from day in Gen.Choose(0, 364) select new LocalDate(2026, 1, 1).PlusDays(day)), (1, Date))
        from length in Gen.Frequency((20, Gen.Choose(0, 1500)), (1, Gen.Choose(-100, -1)), (2, Gen.Elements(100_000, 1_000_000, 2_500_000, 3_000_000)))
        from rate in Gen.Frequency((20, Gen.Choose(-90, 100).Select(v => v / 100.0)), (1, Double))
        from benefits in Gen.Frequency((1, Gen.Constant(Array.Empty<OfferBenefit>())), (15, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(BenefitGen, n))))
        from costs in ArrayOf(CostGen, 3)
        from opportunity in OrNull(Text)
        from tier in Enum<ClientTier>()
        from paymentTerm in Gen.Frequency((20, Gen.Choose(0, 120)), (1, Int))
        from exclusive in Gen.Elements(true, false)
        from presentation in Gen.Frequency((1, Gen.Constant<Presentation?>(null)), (2, ValidPresentationGen(2).Select(p => (Presentation?)p)), (1, PresentationGen.Select(p => (Presentation?)p)))
        from title in OrNull(Text)
        let end = PlusDaysWithinCalendar(start, length)
        select new Offer(id, client, goal, problem, solution, new OfferPricing(list, discount, floor, cost), start, end, rate, benefits, costs, opportunity, tier, paymentTerm, exclusive, presentation, title);

    /// <summary>Some values of a range (its first two points and its maximum), or 0 when it has none that can be computed.</summary>
    private static decimal[] RangeValues(IssueRange? range)
    {
        if (range is not { Step: > 0 } r || r.Min > r.Max)
        {
            return new[] { 0m };
        }

        try
        {
            return new[] { r.Min, r.Min + r.Step, r.Max };
        }
        catch (OverflowException)
        {
            return new[] { r.Min, r.Max };
        }
    }

    /// <summary><paramref name="date"/> plus <paramref name="days"/>, kept within the years 1 to 9999 that ISO dates in JSON can hold.</summary>
    private static LocalDate PlusDaysWithinCalendar(LocalDate date, int days)
    {
        var toEnd = Period.Between(date, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;
        var fromStart = Period.Between(new LocalDate(1, 1, 1), date, PeriodUnits.Days).Days;
        return date.PlusDays(Math.Clamp(days, -fromStart, toEnd));
    }

    // ---- Valid offers ----

    private static Gen<TierRules> TierRulesGen(ClientTier tier) =>
        from levels in Gen.Choose(0, 3)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 40), levels)
        from maxDays in Gen.Choose(0, 120)
        from paymentApprover in OrNull(Gen.Elements("Finance director", "CFO"))
        from allowed in Gen.Elements(true, false)
        from exclusivityApprover in OrNull(Gen.Elements("Managing director"))
        let upTo = cuts.Distinct().OrderBy(c => c).Select(c => c / 100.0).ToArray()
        select new TierRules(tier, upTo.Select((u, l) => new DiscountLevel(u, l == 0 ? "Key account manager" : "Director " + l)).ToArray(), maxDays, paymentApprover, allowed, exclusivityApprover);

    private static Gen<OfferRules> RulesGen { get; } = Gen.Frequency(
        (1, Gen.Constant(OfferRules.Default)),
        (2, from tiers in Gen.Shuffle(new[] { ClientTier.Key, ClientTier.PotentialKey, ClientTier.Other })
            from count in Gen.Choose(0, 3)
            from rules in Gen.CollectToArray(tiers.Take(count), TierRulesGen)
            from minimumRoi in Gen.Elements(-1.0, 0.0, 0.1, 0.5)
            select new OfferRules { Tiers = rules, MinimumRoi = minimumRoi }));

    /// <summary>An amount from 0 to <paramref name="max"/> with cents, in <paramref name="currency"/>.</summary>
    private static Gen<Money> Amount(Currency currency, int max) =>
        from units in Gen.Choose(0, max)
        from cents in Gen.Choose(0, 99)
        select new Money(units + (cents / 100m), currency);

    private static Gen<ValidOffer> ValidOfferGen { get; } =
        from rules in RulesGen
        from tier in Gen.Elements(ClientTier.Key, ClientTier.PotentialKey, ClientTier.Other)
        from currency in Gen.Elements(Currencies)
        from withPlan in Gen.Elements(true, false)
        let plan = withPlan ? SamplePlans.PublisherAndBookshop(new LocalDate(2026, 1, 5)) : null
        let goals = plan is null ? new[] { "mail-order", "reader-loyalty" } : plan.ClientGoals.Select(g => g.Id).ToArray()
        let tierRules = rules.For(tier)
        from start in from year in Gen.Choose(2000, 2100) from day in Gen.Choose(0, 364) select new LocalDate(year, 1, 1).PlusDays(day)
        from length in Gen.Choose(0, 2000)
        from list in Amount(currency, 1_000_000)
        from discountPercent in Gen.Choose(0, 100)
        let maxDiscount = tierRules is { DiscountLevels.Count: > 0 } ? tierRules.DiscountLevels[tierRules.DiscountLevels.Count - 1].UpTo : 1.0
        let discount = Math.Min(maxDiscount, discountPercent / 100.0 * maxDiscount)
        let net = list.Amount * (1 - (decimal)discount)
        from floorShare in Gen.Choose(0, 100)
        from costShare in Gen.Choose(0, 100)
        from paymentTerm in tierRules is null ? Gen.Choose(0, 180) : Gen.Choose(0, tierRules.PaymentTermApprover is null ? tierRules.MaxPaymentTermDays : tierRules.MaxPaymentTermDays + 90)
        from exclusiveWish in Gen.Elements(true, false)
        let exclusive = exclusiveWish && (tierRules is null || tierRules.ExclusivityAllowed)
        from benefitCount in Gen.Choose(1, 4)
        from benefits in Gen.CollectToArray(Enumerable.Range(0, benefitCount), i =>
            from goal in Gen.Elements(goals)
            from amount in Amount(currency, 100_000)
            from every in Gen.Elements(PositivePeriods)
            from offset in Gen.Choose(-60, 2000)
            from periods in Gen.Choose(1, 60)
            from confidence in Gen.Choose(0, 20)
            from description in Text
            select new OfferBenefit("b" + i, description, goal, amount, every, start.PlusDays(offset), periods, confidence / 20.0))
        from costs in ArrayOf(
            from recurring in Gen.Elements(true, false)
            from amount in Amount(currency, 200_000)
            from offset in Gen.Choose(-30, 2000)
            from every in Gen.Elements(PositivePeriods)
            from periods in Gen.Choose(1, 60)
            select recurring ? new OfferCost("service", amount, start.PlusDays(offset), CostKind.Recurring, every, periods) : new OfferCost("set-up", amount, start.PlusDays(offset)), 3)
        from rate in Gen.Choose(-90, 1000).Select(v => v / 100.0)
        from presentation in OrNull(ValidPresentationGen(benefitCount))
        from goal in Gen.Elements(goals)
        from opportunity in OrNull(Gen.Elements("opp-001"))
        from title in OrNull(Text)
        select new ValidOffer(
            new Offer(
                "offer-" + start.Year, new ClientId("bookshop"), goal, "The problem.", "The solution.",
                new OfferPricing(list, discount, new Money(decimal.Round(net * floorShare / 100m, 2, MidpointRounding.ToZero), currency), new Money(decimal.Round(net * costShare / 100m, 2, MidpointRounding.ToZero), currency)),
                start, start.PlusDays(length), rate, benefits, costs, opportunity, tier, paymentTerm, exclusive, presentation, title),
            rules,
            plan);

    /// <summary>A presentation with an invited decision maker and sponsor, every anti-sponsor's objection answered, and only the offer's benefits shown.</summary>
    private static Gen<Presentation> ValidPresentationGen(int benefitCount) =>
        from others in Gen.Choose(0, 3)
        from roles in Gen.ArrayOf(ArrayOf(Gen.Elements(System.Enum.GetValues<AudienceRole>()), 2), others)
        from objections in Gen.ArrayOf(ArrayOf(Gen.Elements("Too expensive.", "We tried it before.", "No time."), 2), others)
        from invited in Gen.ArrayOf(Gen.Elements(true, false), others)
        from sameSponsor in Gen.Elements(true, false)
        from shown in Gen.Choose(0, benefitCount)
        from proof in ArrayOf(Text, 2)
        from ask in OrNull(Text)
        from date in OrNone(Date)
        let audience = (sameSponsor
                ? new[] { new PresentationAudience("owner", new[] { AudienceRole.DecisionMaker, AudienceRole.Sponsor }) }
                : new[] { new PresentationAudience("owner", new[] { AudienceRole.DecisionMaker }), new PresentationAudience("head-of-sales", new[] { AudienceRole.Sponsor }) })
            .Concat(Enumerable.Range(0, others).Select(k => new PresentationAudience("person-" + k, roles[k], invited[k], objections[k].Distinct().ToArray())))
            .ToArray()
        let answers = audience.Where(a => a.Roles.Contains(AudienceRole.AntiSponsor)).SelectMany(a => a.Objections.Select(o => new ObjectionAnswer(a.Person, o, "Our answer."))).ToArray()
        select new Presentation(audience, "The problem.", "The solution.", Enumerable.Range(0, shown).Select(i => "b" + i).ToArray(), proof, ask, answers, date);
}
