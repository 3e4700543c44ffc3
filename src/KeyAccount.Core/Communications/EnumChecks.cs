namespace KeyAccount.Core.Communications;

/// <summary>Whether an enum value of the area is defined (cheap, without reflection).</summary>
internal static class EnumChecks
{
    public static bool IsDefined(MessageType value) => value >= MessageType.Company && value <= MessageType.MarketFactors;

    public static bool IsDefined(MessageSubject value) => value >= MessageSubject.Size && value <= MessageSubject.GovernmentRegulation;

    public static bool IsDefined(CommunicationFunction value) => value >= CommunicationFunction.MakeKnown && value <= CommunicationFunction.KeepInformed;

    public static bool IsDefined(CommunicationTool value) => value >= CommunicationTool.PressRelease && value <= CommunicationTool.Custom;

    public static bool IsDefined(ProgrammeItemStatus value) => value >= ProgrammeItemStatus.Planned && value <= ProgrammeItemStatus.Cancelled;

    public static bool IsDefined(PersonKind value) => value >= PersonKind.DecisionMaker && value <= PersonKind.FallingStar;
}
