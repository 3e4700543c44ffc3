using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>The stable codes of the communication programme's diagnostics (prefix <c>KAC</c>), with their severities.</summary>
/// <remarks>
/// Codes never change meaning and are never reused. Each is documented with an example of the
/// defect and its fix in <c>docs/communications.md</c>.
/// </remarks>
public static class CommunicationsDiagnosticCodes
{
    /// <summary><c>KAC001</c> (error): Two messages, audiences or items share an id; reported at the later one.</summary>
    public const string DuplicateId = "KAC001";

    /// <summary><c>KAC002</c> (error): A message, audience or item has an empty or blank id.</summary>
    public const string EmptyId = "KAC002";

    /// <summary><c>KAC003</c> (error): An enum value (type, subject, function, tool, status, kind) is not defined.</summary>
    public const string UndefinedValue = "KAC003";

    /// <summary><c>KAC004</c> (error): A message's subject belongs to another message type.</summary>
    public const string SubjectOfAnotherType = "KAC004";

    /// <summary><c>KAC005</c> (error): An audience names nobody: no person, kind or unit, and not the whole client.</summary>
    public const string EmptyAudience = "KAC005";

    /// <summary><c>KAC006</c> (warning): A message serves none of the three functions.</summary>
    public const string MessageServesNoFunction = "KAC006";

    /// <summary><c>KAC007</c> (error): An item carries a message id the programme does not hold.</summary>
    public const string UnknownMessage = "KAC007";

    /// <summary><c>KAC008</c> (error): An item addresses an audience id the programme does not hold.</summary>
    public const string UnknownAudience = "KAC008";

    /// <summary><c>KAC009</c> (error): With a directory given, an audience names a person or a unit the directory does not hold.</summary>
    public const string UnknownPersonOrUnit = "KAC009";

    /// <summary><c>KAC010</c> (error): A custom tool without a name, or a custom tool name on a tool that is not custom.</summary>
    public const string CustomToolName = "KAC010";

    /// <summary><c>KAC011</c> (error): An item has neither a date nor a recurrence, or both.</summary>
    public const string DateOrRecurrence = "KAC011";

    /// <summary><c>KAC012</c> (error): An item's date, or a recurrence's start or end, is outside the programme period.</summary>
    public const string OutsidePeriod = "KAC012";

    /// <summary><c>KAC013</c> (error): A recurrence ends before it starts, so it never occurs.</summary>
    public const string RecurrenceNeverOccurs = "KAC013";

    /// <summary><c>KAC014</c> (error): A recurrence's step is not positive, or has time units (hours and less).</summary>
    public const string InvalidRecurrenceStep = "KAC014";

    /// <summary><c>KAC015</c> (error): A cost or the monthly budget is negative.</summary>
    public const string NegativeAmount = "KAC015";

    /// <summary><c>KAC016</c> (error): Costs and budget are in more than one currency; they are never summed.</summary>
    public const string MixedCurrencies = "KAC016";

    /// <summary><c>KAC017</c> (warning): An item names no owner.</summary>
    public const string ItemWithoutOwner = "KAC017";

    /// <summary><c>KAC018</c> (warning): An item pairs a message with a tool the suitability matrix marks unsuitable for its type.</summary>
    public const string UnsuitableTool = "KAC018";

    /// <summary><c>KAC019</c> (error): A setting is out of range, or the suitability matrix judges one pair twice.</summary>
    public const string InvalidSetting = "KAC019";

    /// <summary><c>KAC020</c> (error): The directory lists a person id twice, or a blank id.</summary>
    public const string DirectoryPersonId = "KAC020";

    /// <summary><c>KAC021</c> (warning): With a plan given, a message supports a goal id the plan does not hold.</summary>
    public const string GoalNotInPlan = "KAC021";

    /// <summary><c>KAC022</c> (warning): The plan given is for another client than the programme.</summary>
    public const string PlanOfAnotherClient = "KAC022";

    /// <summary><c>KAC023</c> (error): The items' costs times their occurrences add up beyond the range of an exact amount, so the programme's costs cannot be summed.</summary>
    public const string CostsOutOfRange = "KAC023";

    private static readonly DiagnosticCatalog Catalog = new(
        "KAC",
        new DiagnosticDescriptor(DuplicateId, DiagnosticSeverity.Error, "Two messages, audiences or items share an id."),
        new DiagnosticDescriptor(EmptyId, DiagnosticSeverity.Error, "An id is empty or blank."),
        new DiagnosticDescriptor(UndefinedValue, DiagnosticSeverity.Error, "An enum value is not defined."),
        new DiagnosticDescriptor(SubjectOfAnotherType, DiagnosticSeverity.Error, "A message's subject belongs to another message type."),
        new DiagnosticDescriptor(EmptyAudience, DiagnosticSeverity.Error, "An audience names nobody."),
        new DiagnosticDescriptor(MessageServesNoFunction, DiagnosticSeverity.Warning, "A message serves no function."),
        new DiagnosticDescriptor(UnknownMessage, DiagnosticSeverity.Error, "An item carries an unknown message."),
        new DiagnosticDescriptor(UnknownAudience, DiagnosticSeverity.Error, "An item addresses an unknown audience."),
        new DiagnosticDescriptor(UnknownPersonOrUnit, DiagnosticSeverity.Error, "An audience names a person or unit the directory does not hold."),
        new DiagnosticDescriptor(CustomToolName, DiagnosticSeverity.Error, "A custom tool without a name, or a name on a tool that is not custom."),
        new DiagnosticDescriptor(DateOrRecurrence, DiagnosticSeverity.Error, "An item needs exactly one of a date and a recurrence."),
        new DiagnosticDescriptor(OutsidePeriod, DiagnosticSeverity.Error, "An item falls outside the programme period."),
        new DiagnosticDescriptor(RecurrenceNeverOccurs, DiagnosticSeverity.Error, "A recurrence never occurs."),
        new DiagnosticDescriptor(InvalidRecurrenceStep, DiagnosticSeverity.Error, "A recurrence's step is not a positive period of dates."),
        new DiagnosticDescriptor(NegativeAmount, DiagnosticSeverity.Error, "A cost or the budget is negative."),
        new DiagnosticDescriptor(MixedCurrencies, DiagnosticSeverity.Error, "Costs and budget are in more than one currency."),
        new DiagnosticDescriptor(ItemWithoutOwner, DiagnosticSeverity.Warning, "An item names no owner."),
        new DiagnosticDescriptor(UnsuitableTool, DiagnosticSeverity.Warning, "An item pairs a message with an unsuitable tool."),
        new DiagnosticDescriptor(InvalidSetting, DiagnosticSeverity.Error, "A setting is out of range or given twice."),
        new DiagnosticDescriptor(DirectoryPersonId, DiagnosticSeverity.Error, "The directory lists a person id twice or blank."),
        new DiagnosticDescriptor(GoalNotInPlan, DiagnosticSeverity.Warning, "A message supports a goal the plan does not hold."),
        new DiagnosticDescriptor(PlanOfAnotherClient, DiagnosticSeverity.Warning, "The plan is for another client."),
        new DiagnosticDescriptor(CostsOutOfRange, DiagnosticSeverity.Error, "The costs add up beyond the range of an exact amount."));

    /// <summary>Every code of the area, in code order, with its severity and title.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Catalog.All;

    /// <summary>The descriptor of a code.</summary>
    /// <param name="code">A code of this area, for example <c>KAC001</c>.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is not a code of this area.</exception>
    public static DiagnosticDescriptor Get(string code) => Catalog.Get(code, "the communication programme");
}
