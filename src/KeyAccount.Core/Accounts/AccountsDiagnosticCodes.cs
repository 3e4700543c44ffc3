using System.Collections.Generic;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The stable codes of the account validator's diagnostics (prefix <c>KAA</c>), with their
/// severities. Each is documented with an example and its fix in <c>docs/accounts.md</c>.
/// </summary>
/// <remarks>
/// The documents the account holds (the plan, the opportunities, the ladder assessment, the
/// relationship map, the communication programme, the negotiations, the offers, the plan reviews and
/// the rules of internal communication) are checked by their own validators; their diagnostics keep their own codes, with paths under the account's
/// member (<c>plan.goals[2].deadline</c>, <c>relationships.people[2].id</c>).
/// </remarks>
public static class AccountsDiagnosticCodes
{
    /// <summary><c>KAA001</c> (error): Two entries of one list (team, diary entries, decisions, commitments, negotiations, offers) share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAA001";

    /// <summary><c>KAA002</c> (error): An entry has an empty id, so nothing can refer to it.</summary>
    public const string EmptyId = "KAA002";

    /// <summary><c>KAA003</c> (error): A stage, role, kind, status or section is not one of the defined values.</summary>
    public const string UndefinedValue = "KAA003";

    /// <summary><c>KAA004</c> (error): A diary or plan review participant, a commitment's owner or a person an offer is presented to is not on our team (ours) or not among the client's people (theirs: the relationship map's when the account holds one, else the diary's).</summary>
    public const string UnknownPerson = "KAA004";

    /// <summary><c>KAA005</c> (error): A commitment serves a plan action or an opportunity, an offer or a negotiation names an opportunity, or a negotiation names an offer, that the account's plan, opportunities or offers do not hold.</summary>
    public const string UnknownReference = "KAA005";

    /// <summary><c>KAA006</c> (warning): A commitment, an offer, a negotiation or the current plan review names plan actions, opportunities, an offer or plan goals, but the account holds no plan, opportunities or offers to check them against.</summary>
    public const string ReferenceNotCheckable = "KAA006";

    /// <summary><c>KAA007</c> (error): A commitment follows up a decision id, or an entry follows up an entry id, that the diary does not hold before it.</summary>
    public const string UnknownDiaryReference = "KAA007";

    /// <summary><c>KAA008</c> (error): A diary entry's time zone is not an IANA time zone id.</summary>
    public const string UnknownTimeZone = "KAA008";

    /// <summary><c>KAA009</c> (error): A commitment is done, cancelled or handed over without the date, or open with one.</summary>
    public const string ClosedOnInconsistent = "KAA009";

    /// <summary><c>KAA010</c> (warning): A commitment is due, or was closed, before the entry that made it.</summary>
    public const string CommitmentDatesBeforeEntry = "KAA010";

    /// <summary><c>KAA011</c> (error): The lifecycle history makes a move the lifecycle does not allow (for example prospect to active).</summary>
    public const string MoveNotAllowed = "KAA011";

    /// <summary><c>KAA012</c> (error): The lifecycle history goes back in time.</summary>
    public const string HistoryOutOfOrder = "KAA012";

    /// <summary><c>KAA013</c> (warning): A lifecycle move does not say who made it or why.</summary>
    public const string MoveWithoutReason = "KAA013";

    /// <summary><c>KAA014</c> (warning): The account is past prospect and its team has no account manager.</summary>
    public const string NoAccountManager = "KAA014";

    /// <summary><c>KAA015</c> (error): The share of wallet is not a number from 0 to 1.</summary>
    public const string ShareOfWalletOutOfRange = "KAA015";

    /// <summary><c>KAA016</c> (warning): A key fact of the profile gives no source.</summary>
    public const string FactWithoutSource = "KAA016";

    /// <summary><c>KAA017</c> (warning): The profile's client goals and the plan's client goals differ (by id).</summary>
    public const string GoalsDifferFromPlan = "KAA017";

    /// <summary><c>KAA018</c> (error): A document the account holds (a plan review included) is for another client.</summary>
    public const string ClientMismatch = "KAA018";

    /// <summary><c>KAA019</c> (warning): The account's current stage needs something its documents no longer show (for example active while the plan is no longer approved).</summary>
    public const string StageNoLongerSupported = "KAA019";

    /// <summary><c>KAA020</c> (error): A setting of <see cref="AccountSettings"/> is not a positive period of whole days, weeks, months or years.</summary>
    public const string InvalidSetting = "KAA020";

    /// <summary><c>KAA021</c> (warning): One of our people in the relationship map is not on the account's team, so the diary's contacts cannot reach their relationships.</summary>
    public const string MapTeamNotOnAccount = "KAA021";

    /// <summary>Every code with its severity and title, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Descriptors.Catalog.All;

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of this area.</exception>
    public static DiagnosticDescriptor Get(string code) => Descriptors.Catalog.Get(code, "the Accounts area");

    /// <summary>The descriptors the validator reports with.</summary>
    internal static class Descriptors
    {
        internal static readonly DiagnosticDescriptor DuplicateId = new(AccountsDiagnosticCodes.DuplicateId, DiagnosticSeverity.Error, "Id used twice in one list");
        internal static readonly DiagnosticDescriptor EmptyId = new(AccountsDiagnosticCodes.EmptyId, DiagnosticSeverity.Error, "Empty id");
        internal static readonly DiagnosticDescriptor UndefinedValue = new(AccountsDiagnosticCodes.UndefinedValue, DiagnosticSeverity.Error, "Value not defined");
        internal static readonly DiagnosticDescriptor UnknownPerson = new(AccountsDiagnosticCodes.UnknownPerson, DiagnosticSeverity.Error, "Unknown person");
        internal static readonly DiagnosticDescriptor UnknownReference = new(AccountsDiagnosticCodes.UnknownReference, DiagnosticSeverity.Error, "Unknown plan action or opportunity");
        internal static readonly DiagnosticDescriptor ReferenceNotCheckable = new(AccountsDiagnosticCodes.ReferenceNotCheckable, DiagnosticSeverity.Warning, "Reference to a document the account does not hold");
        internal static readonly DiagnosticDescriptor UnknownDiaryReference = new(AccountsDiagnosticCodes.UnknownDiaryReference, DiagnosticSeverity.Error, "Unknown decision or diary entry");
        internal static readonly DiagnosticDescriptor UnknownTimeZone = new(AccountsDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, "Unknown time zone");
        internal static readonly DiagnosticDescriptor ClosedOnInconsistent = new(AccountsDiagnosticCodes.ClosedOnInconsistent, DiagnosticSeverity.Error, "Commitment status and closing date disagree");
        internal static readonly DiagnosticDescriptor CommitmentDatesBeforeEntry = new(AccountsDiagnosticCodes.CommitmentDatesBeforeEntry, DiagnosticSeverity.Warning, "Commitment dated before its entry");
        internal static readonly DiagnosticDescriptor MoveNotAllowed = new(AccountsDiagnosticCodes.MoveNotAllowed, DiagnosticSeverity.Error, "Lifecycle move not allowed");
        internal static readonly DiagnosticDescriptor HistoryOutOfOrder = new(AccountsDiagnosticCodes.HistoryOutOfOrder, DiagnosticSeverity.Error, "Lifecycle history out of order");
        internal static readonly DiagnosticDescriptor MoveWithoutReason = new(AccountsDiagnosticCodes.MoveWithoutReason, DiagnosticSeverity.Warning, "Lifecycle move without who or why");
        internal static readonly DiagnosticDescriptor NoAccountManager = new(AccountsDiagnosticCodes.NoAccountManager, DiagnosticSeverity.Warning, "No account manager");
        internal static readonly DiagnosticDescriptor ShareOfWalletOutOfRange = new(AccountsDiagnosticCodes.ShareOfWalletOutOfRange, DiagnosticSeverity.Error, "Share of wallet outside 0 to 1");
        internal static readonly DiagnosticDescriptor FactWithoutSource = new(AccountsDiagnosticCodes.FactWithoutSource, DiagnosticSeverity.Warning, "Key fact without a source");
        internal static readonly DiagnosticDescriptor GoalsDifferFromPlan = new(AccountsDiagnosticCodes.GoalsDifferFromPlan, DiagnosticSeverity.Warning, "Profile goals differ from the plan's client goals");
        internal static readonly DiagnosticDescriptor ClientMismatch = new(AccountsDiagnosticCodes.ClientMismatch, DiagnosticSeverity.Error, "Document for another client");
        internal static readonly DiagnosticDescriptor StageNoLongerSupported = new(AccountsDiagnosticCodes.StageNoLongerSupported, DiagnosticSeverity.Warning, "Current stage no longer supported by the documents");
        internal static readonly DiagnosticDescriptor InvalidSetting = new(AccountsDiagnosticCodes.InvalidSetting, DiagnosticSeverity.Error, "Invalid setting");
        internal static readonly DiagnosticDescriptor MapTeamNotOnAccount = new(AccountsDiagnosticCodes.MapTeamNotOnAccount, DiagnosticSeverity.Warning, "Person of ours in the map not on the account's team");

        internal static readonly DiagnosticCatalog Catalog = new(
            "KAA",
            DuplicateId,
            EmptyId,
            UndefinedValue,
            UnknownPerson,
            UnknownReference,
            ReferenceNotCheckable,
            UnknownDiaryReference,
            UnknownTimeZone,
            ClosedOnInconsistent,
            CommitmentDatesBeforeEntry,
            MoveNotAllowed,
            HistoryOutOfOrder,
            MoveWithoutReason,
            NoAccountManager,
            ShareOfWalletOutOfRange,
            FactWithoutSource,
            GoalsDifferFromPlan,
            ClientMismatch,
            StageNoLongerSupported,
            InvalidSetting,
            MapTeamNotOnAccount);
    }
}
