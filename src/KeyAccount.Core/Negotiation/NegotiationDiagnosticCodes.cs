using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The stable codes (prefix <c>KAN</c>) of the negotiation area's diagnostics: the negotiation
/// plan (<see cref="NegotiationPlanValidator"/>), the offer (<see cref="OfferValidator"/>) and the
/// settings (<see cref="NegotiationSettings"/>, <see cref="OfferRules"/>).
/// </summary>
/// <remarks>
/// Codes never change meaning and are never reused. Each is documented with an example of the
/// defect and its fix in <c>docs/negotiation.md</c>.
/// </remarks>
public static class NegotiationDiagnosticCodes
{
    /// <summary><c>KAN001</c> (error): Two issues, options, benefits or people share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAN001";

    /// <summary><c>KAN002</c> (error): An id or a required text is empty or blank.</summary>
    public const string EmptyId = "KAN002";

    /// <summary><c>KAN003</c> (error): The negotiation plan has no issues.</summary>
    public const string NoIssues = "KAN003";

    /// <summary><c>KAN004</c> (error): An enum value (kind, direction, tier, role) is not one of the defined values.</summary>
    public const string UndefinedValue = "KAN004";

    /// <summary><c>KAN005</c> (error): Our target is not better than our walk-away in the issue's direction.</summary>
    public const string OurTargetNotBetter = "KAN005";

    /// <summary><c>KAN006</c> (error): The client's estimated target is not better for the client than its estimated walk-away.</summary>
    public const string ClientTargetNotBetter = "KAN006";

    /// <summary><c>KAN007</c> (error): An issue gives neither options nor a range, or both.</summary>
    public const string OptionsOrRange = "KAN007";

    /// <summary><c>KAN008</c> (error): A range has its minimum above its maximum, a step that is not positive, more than 10,000 points, or a width beyond the range of a decimal.</summary>
    public const string InvalidRange = "KAN008";

    /// <summary><c>KAN009</c> (error): Two options of one issue have the same value.</summary>
    public const string DuplicateOption = "KAN009";

    /// <summary><c>KAN010</c> (error): A weight is negative or not a finite number, or one side's weights add up beyond the range of a double.</summary>
    public const string InvalidWeight = "KAN010";

    /// <summary><c>KAN011</c> (error): Every weight of one side is zero, so that side's utility is undefined.</summary>
    public const string ZeroWeights = "KAN011";

    /// <summary><c>KAN012</c> (error): A BATNA's utility is not a finite number, or lies beyond ±1,000,000 on the side's scale.</summary>
    public const string InvalidBatna = "KAN012";

    /// <summary><c>KAN013</c> (warning): A side's BATNA is not given; it is taken as utility 0 (all walk-aways).</summary>
    public const string MissingBatna = "KAN013";

    /// <summary><c>KAN014</c> (error): An option lies so far outside its side's target and walk-away that its utility is beyond ±1,000,000.</summary>
    public const string OptionOffScale = "KAN014";

    /// <summary><c>KAN015</c> (error): The plan has more than 1,000 issues.</summary>
    public const string TooManyIssues = "KAN015";

    /// <summary><c>KAN020</c> (error): A package names an issue id the plan does not hold.</summary>
    public const string UnknownIssue = "KAN020";

    /// <summary><c>KAN021</c> (error): A package leaves an issue out or gives one twice.</summary>
    public const string IncompletePackage = "KAN021";

    /// <summary><c>KAN022</c> (error): A package gives a value that is not one of the issue's options (or points of its range).</summary>
    public const string ValueNotAnOption = "KAN022";

    /// <summary><c>KAN023</c> (error): A planned offer goes past our walk-away on an issue.</summary>
    public const string PastOurWalkAway = "KAN023";

    /// <summary><c>KAN024</c> (warning): A planned offer concedes something and says nothing received in exchange.</summary>
    public const string ConcessionNotTraded = "KAN024";

    /// <summary><c>KAN025</c> (warning): A concession is not smaller than the one before it.</summary>
    public const string ConcessionsNotShrinking = "KAN025";

    /// <summary><c>KAN026</c> (warning): A concession on an issue the client values little comes before one on an issue it values more.</summary>
    public const string LowValueConcededFirst = "KAN026";

    /// <summary><c>KAN027</c> (warning): The agreed package goes past our walk-away on an issue.</summary>
    public const string AgreedPastWalkAway = "KAN027";

    /// <summary><c>KAN028</c> (warning): A planned offer takes back a concession made earlier (our utility rises again).</summary>
    public const string ConcessionWithdrawn = "KAN028";

    /// <summary><c>KAN040</c> (error): A benefit is tied to no client goal.</summary>
    public const string BenefitWithoutGoal = "KAN040";

    /// <summary><c>KAN041</c> (error): The offer's problem or a benefit names a client goal the account plan does not hold.</summary>
    public const string UnknownClientGoal = "KAN041";

    /// <summary><c>KAN042</c> (error): The offer's amounts are in more than one currency.</summary>
    public const string MixedCurrencies = "KAN042";

    /// <summary><c>KAN043</c> (error): The net price (list price less discount) is below our floor price.</summary>
    public const string PriceBelowFloor = "KAN043";

    /// <summary><c>KAN044</c> (error): Our margin (net price less our cost) is negative.</summary>
    public const string NegativeMargin = "KAN044";

    /// <summary><c>KAN045</c> (warning): The client's payback does not come within the horizon.</summary>
    public const string PaybackBeyondHorizon = "KAN045";

    /// <summary><c>KAN046</c> (warning): The client's ROI over the horizon is below the rules' minimum.</summary>
    public const string RoiBelowThreshold = "KAN046";

    /// <summary><c>KAN047</c> (error): An amount is negative, a confidence or discount is outside its range, the discount rate is not a finite number above -1, or the amounts, summed or discounted over the horizon, leave the range of a decimal.</summary>
    public const string InvalidAmount = "KAN047";

    /// <summary><c>KAN048</c> (error): A period is not a positive whole number of days, weeks, months or years (at most 100 years in each unit), a count is below 1, or the horizon ends before it starts.</summary>
    public const string InvalidPeriod = "KAN048";

    /// <summary><c>KAN049</c> (error): The offer has no benefit for the client.</summary>
    public const string NoBenefits = "KAN049";

    /// <summary><c>KAN050</c> (warning): The discount is within the tier's limit but above the account manager's own authority; the message names who must approve.</summary>
    public const string DiscountNeedsApproval = "KAN050";

    /// <summary><c>KAN051</c> (error): The discount is beyond every approval level of the client's tier.</summary>
    public const string DiscountBeyondLimit = "KAN051";

    /// <summary><c>KAN052</c> (warning): The payment term is longer than the tier's limit; the message names who must approve.</summary>
    public const string PaymentTermNeedsApproval = "KAN052";

    /// <summary><c>KAN053</c> (error): The payment term is longer than the tier's limit and no one may approve it.</summary>
    public const string PaymentTermBeyondLimit = "KAN053";

    /// <summary><c>KAN054</c> (warning): Exclusivity for this tier needs approval; the message names who must approve.</summary>
    public const string ExclusivityNeedsApproval = "KAN054";

    /// <summary><c>KAN055</c> (error): Exclusivity is not allowed for the client's tier.</summary>
    public const string ExclusivityNotAllowed = "KAN055";

    /// <summary><c>KAN060</c> (error): No decision maker is invited to the presentation.</summary>
    public const string NoDecisionMaker = "KAN060";

    /// <summary><c>KAN061</c> (error): No sponsor is invited to the presentation.</summary>
    public const string NoSponsor = "KAN061";

    /// <summary><c>KAN062</c> (error): A known anti-sponsor's objection has no answer in the presentation.</summary>
    public const string ObjectionUnanswered = "KAN062";

    /// <summary><c>KAN063</c> (error): The presentation shows a benefit id the offer does not hold.</summary>
    public const string BenefitNotInOffer = "KAN063";

    /// <summary><c>KAN064</c> (warning): The presentation lacks the problem, the solution, proof or the ask, or shows no benefit.</summary>
    public const string PresentationIncomplete = "KAN064";

    /// <summary><c>KAN065</c> (error): An answer names a person who is not in the audience.</summary>
    public const string UnknownPerson = "KAN065";

    /// <summary><c>KAN066</c> (error): Checked with the relationship map: a person of the presentation's audience is not one of the map's people, or has left the client by the presentation's day.</summary>
    public const string NotInMap = "KAN066";

    /// <summary><c>KAN067</c> (warning): Checked with the relationship map: an anti-sponsor of the map has no objection recorded in the presentation, so none can be answered.</summary>
    public const string AntiSponsorObjectionsUnknown = "KAN067";

    /// <summary><c>KAN068</c> (warning): Checked with the relationship map: the presentation gives a person a role the map does not give them for the offer's decision.</summary>
    public const string RoleNotInMap = "KAN068";

    /// <summary><c>KAN069</c> (error): The relationship map given to check the presentation is of another client than the offer's.</summary>
    public const string MapOfAnotherClient = "KAN069";

    /// <summary><c>KAN080</c> (error): A setting is out of its documented range.</summary>
    public const string InvalidSetting = "KAN080";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAN",
        new DiagnosticDescriptor(DuplicateId, DiagnosticSeverity.Error, "Duplicate id"),
        new DiagnosticDescriptor(EmptyId, DiagnosticSeverity.Error, "Empty id or required text"),
        new DiagnosticDescriptor(NoIssues, DiagnosticSeverity.Error, "No issues to negotiate"),
        new DiagnosticDescriptor(UndefinedValue, DiagnosticSeverity.Error, "Undefined enum value"),
        new DiagnosticDescriptor(OurTargetNotBetter, DiagnosticSeverity.Error, "Our target not better than our walk-away"),
        new DiagnosticDescriptor(ClientTargetNotBetter, DiagnosticSeverity.Error, "Client's target not better than its walk-away"),
        new DiagnosticDescriptor(OptionsOrRange, DiagnosticSeverity.Error, "Neither options nor range, or both"),
        new DiagnosticDescriptor(InvalidRange, DiagnosticSeverity.Error, "Invalid range"),
        new DiagnosticDescriptor(DuplicateOption, DiagnosticSeverity.Error, "Duplicate option value"),
        new DiagnosticDescriptor(InvalidWeight, DiagnosticSeverity.Error, "Invalid weight"),
        new DiagnosticDescriptor(ZeroWeights, DiagnosticSeverity.Error, "All of a side's weights are zero"),
        new DiagnosticDescriptor(InvalidBatna, DiagnosticSeverity.Error, "Invalid BATNA"),
        new DiagnosticDescriptor(MissingBatna, DiagnosticSeverity.Warning, "BATNA not given"),
        new DiagnosticDescriptor(OptionOffScale, DiagnosticSeverity.Error, "Option far off the utility scale"),
        new DiagnosticDescriptor(TooManyIssues, DiagnosticSeverity.Error, "Too many issues"),
        new DiagnosticDescriptor(UnknownIssue, DiagnosticSeverity.Error, "Unknown issue"),
        new DiagnosticDescriptor(IncompletePackage, DiagnosticSeverity.Error, "Incomplete package"),
        new DiagnosticDescriptor(ValueNotAnOption, DiagnosticSeverity.Error, "Value not an option"),
        new DiagnosticDescriptor(PastOurWalkAway, DiagnosticSeverity.Error, "Offer past our walk-away"),
        new DiagnosticDescriptor(ConcessionNotTraded, DiagnosticSeverity.Warning, "Concession not traded"),
        new DiagnosticDescriptor(ConcessionsNotShrinking, DiagnosticSeverity.Warning, "Concessions not shrinking"),
        new DiagnosticDescriptor(LowValueConcededFirst, DiagnosticSeverity.Warning, "Low-value issue conceded first"),
        new DiagnosticDescriptor(AgreedPastWalkAway, DiagnosticSeverity.Warning, "Agreed past our walk-away"),
        new DiagnosticDescriptor(ConcessionWithdrawn, DiagnosticSeverity.Warning, "Concession withdrawn"),
        new DiagnosticDescriptor(BenefitWithoutGoal, DiagnosticSeverity.Error, "Benefit tied to no client goal"),
        new DiagnosticDescriptor(UnknownClientGoal, DiagnosticSeverity.Error, "Unknown client goal"),
        new DiagnosticDescriptor(MixedCurrencies, DiagnosticSeverity.Error, "Mixed currencies"),
        new DiagnosticDescriptor(PriceBelowFloor, DiagnosticSeverity.Error, "Price below our floor"),
        new DiagnosticDescriptor(NegativeMargin, DiagnosticSeverity.Error, "Negative margin"),
        new DiagnosticDescriptor(PaybackBeyondHorizon, DiagnosticSeverity.Warning, "Payback beyond the horizon"),
        new DiagnosticDescriptor(RoiBelowThreshold, DiagnosticSeverity.Warning, "ROI below the minimum"),
        new DiagnosticDescriptor(InvalidAmount, DiagnosticSeverity.Error, "Invalid amount or share"),
        new DiagnosticDescriptor(InvalidPeriod, DiagnosticSeverity.Error, "Invalid period or horizon"),
        new DiagnosticDescriptor(NoBenefits, DiagnosticSeverity.Error, "No benefits"),
        new DiagnosticDescriptor(DiscountNeedsApproval, DiagnosticSeverity.Warning, "Discount needs approval"),
        new DiagnosticDescriptor(DiscountBeyondLimit, DiagnosticSeverity.Error, "Discount beyond the tier's limit"),
        new DiagnosticDescriptor(PaymentTermNeedsApproval, DiagnosticSeverity.Warning, "Payment term needs approval"),
        new DiagnosticDescriptor(PaymentTermBeyondLimit, DiagnosticSeverity.Error, "Payment term beyond the tier's limit"),
        new DiagnosticDescriptor(ExclusivityNeedsApproval, DiagnosticSeverity.Warning, "Exclusivity needs approval"),
        new DiagnosticDescriptor(ExclusivityNotAllowed, DiagnosticSeverity.Error, "Exclusivity not allowed"),
        new DiagnosticDescriptor(NoDecisionMaker, DiagnosticSeverity.Error, "No decision maker invited"),
        new DiagnosticDescriptor(NoSponsor, DiagnosticSeverity.Error, "No sponsor invited"),
        new DiagnosticDescriptor(ObjectionUnanswered, DiagnosticSeverity.Error, "Anti-sponsor's objection unanswered"),
        new DiagnosticDescriptor(BenefitNotInOffer, DiagnosticSeverity.Error, "Benefit shown is not the offer's"),
        new DiagnosticDescriptor(PresentationIncomplete, DiagnosticSeverity.Warning, "Presentation incomplete"),
        new DiagnosticDescriptor(UnknownPerson, DiagnosticSeverity.Error, "Unknown person"),
        new DiagnosticDescriptor(NotInMap, DiagnosticSeverity.Error, "Person not in the relationship map"),
        new DiagnosticDescriptor(AntiSponsorObjectionsUnknown, DiagnosticSeverity.Warning, "Anti-sponsor's objections unknown"),
        new DiagnosticDescriptor(RoleNotInMap, DiagnosticSeverity.Warning, "Role not in the relationship map"),
        new DiagnosticDescriptor(MapOfAnotherClient, DiagnosticSeverity.Error, "Relationship map of another client"),
        new DiagnosticDescriptor(InvalidSetting, DiagnosticSeverity.Error, "Invalid setting"));

    /// <summary>Every code of the area with its severity and title, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The descriptor with the code's severity and title.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a negotiation code.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the negotiation area");
}
