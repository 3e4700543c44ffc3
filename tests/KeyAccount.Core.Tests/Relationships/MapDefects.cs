using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Relationships;

/// <summary>One defect injected into a valid map (with at least one client person and one of ours): the code it must raise and where.</summary>
public sealed record MapDefect(string Code, string Name, Func<RelationshipMap, LocalDate, (RelationshipMap Map, LocalDate AsOf, string Path)> Inject)
{
    public override string ToString() => Code + " " + Name;
}

/// <summary>Every defect the map validator knows (KAR001 to KAR017; KAR015 is the settings', tested through the run).</summary>
public static class MapDefects
{
    public static IReadOnlyList<MapDefect> All { get; } = new[]
    {
        D(RelationshipsDiagnosticCodes.DuplicateId, "two people with one id", (m, d) => (m with { People = m.People.Append(new ClientPerson(m.People[0].Id, "twin")).ToArray() }, d, "people[" + m.People.Count + "].id")),
        D(RelationshipsDiagnosticCodes.EmptyId, "one of ours with a blank id", (m, d) => (m with { Team = m.Team.Append(new TeamMember("  ", "nobody")).ToArray() }, d, "team[" + m.Team.Count + "].id")),
        D(RelationshipsDiagnosticCodes.UnknownPerson, "a relationship with nobody", (m, d) => (m with { Relationships = m.Relationships.Append(new Relationship(m.Team[0].Id, "no-such-person")).ToArray() }, d, "relationships[" + m.Relationships.Count + "].theirs")),
        D(RelationshipsDiagnosticCodes.UnknownDecision, "a role for an unknown decision", (m, d) => (Person(m, 0, p => p with { Roles = p.Roles.Append(new PersonRole(StakeholderKind.Influencer, "no-such-decision")).ToArray() }), d, "people[0].roles[" + m.People[0].Roles.Count + "].decision")),
        D(RelationshipsDiagnosticCodes.ReportingCycle, "two people reporting to each other", (m, d) =>
            (m with { People = m.People.Append(new ClientPerson("zz-2", "b") { ReportsTo = "zz-1" }).Append(new ClientPerson("zz-1", "a") { ReportsTo = "zz-2" }).ToArray() }, d, "people[" + (m.People.Count + 1) + "].reportsTo")),
        D(RelationshipsDiagnosticCodes.ReportsToLeaver, "a report of someone who left", (m, d) =>
            (m with { People = m.People.Append(new ClientPerson("zz-gone", "gone") { Left = d.PlusDays(-1) }).Append(new ClientPerson("zz-report", "r") { ReportsTo = "zz-gone" }).ToArray() }, d, "people[" + (m.People.Count + 1) + "].reportsTo")),
        D(RelationshipsDiagnosticCodes.RoleHeldByLeaver, "a leaver who is still a sponsor", (m, d) =>
            (m with { People = m.People.Append(new ClientPerson("zz-gone", "gone") { Left = d, Roles = new[] { new PersonRole(StakeholderKind.Sponsor) } }).ToArray() }, d, "people[" + m.People.Count + "].roles")),
        D(RelationshipsDiagnosticCodes.ContradictoryRoles, "sponsor and anti-sponsor at once", (m, d) =>
            (m with { People = m.People.Append(new ClientPerson("zz-torn", "torn") { Roles = new[] { new PersonRole(StakeholderKind.Sponsor, m.Decisions[0].Id), new PersonRole(StakeholderKind.AntiSponsor) } }).ToArray() }, d, "people[" + m.People.Count + "].roles[1]")),
        D(RelationshipsDiagnosticCodes.SelfLink, "a person influencing themselves", (m, d) => (m with { Influences = m.Influences.Append(new InfluenceLink(m.People[0].Id, m.People[0].Id, 0.5)).ToArray() }, d, "influences[" + m.Influences.Count + "].to")),
        D(RelationshipsDiagnosticCodes.StrengthOutOfScale, "an influence stronger than 1", (m, d) => (m with { Influences = m.Influences.Append(new InfluenceLink(m.People[0].Id, "zz-new", 1.5)).ToArray(), People = m.People.Append(new ClientPerson("zz-new", "n")).ToArray() }, d, "influences[" + m.Influences.Count + "].strength")),
        D(RelationshipsDiagnosticCodes.LevelInconsistent, "a report above their manager", (m, d) =>
            (m with { People = m.People.Append(new ClientPerson("zz-boss", "b") { Level = 3 }).Append(new ClientPerson("zz-report", "r") { Level = 2, ReportsTo = "zz-boss" }).ToArray() }, d, "people[" + (m.People.Count + 1) + "].level")),
        D(RelationshipsDiagnosticCodes.DatesOutOfOrder, "a last contact before the first", (m, d) =>
            (m with { Relationships = m.Relationships.Append(new Relationship(m.Team[0].Id, "zz-new") { FirstContact = d, LastContact = d.PlusDays(-1) }).ToArray(), People = m.People.Append(new ClientPerson("zz-new", "n")).ToArray() }, d, "relationships[" + m.Relationships.Count + "].lastContact")),
        D(RelationshipsDiagnosticCodes.UndefinedValue, "a relationship of an undefined kind", (m, d) =>
            (m with { Relationships = m.Relationships.Append(new Relationship(m.Team[0].Id, "zz-new") { Kind = (RelationshipKind)9 }).ToArray(), People = m.People.Append(new ClientPerson("zz-new", "n")).ToArray() }, d, "relationships[" + m.Relationships.Count + "].kind")),
        D(RelationshipsDiagnosticCodes.DuplicateLink, "two relationships of one pair", (m, d) =>
            (m with { Relationships = m.Relationships.Append(new Relationship(m.Team[0].Id, "zz-new")).Append(new Relationship(m.Team[0].Id, "zz-new")).ToArray(), People = m.People.Append(new ClientPerson("zz-new", "n")).ToArray() }, d, "relationships[" + (m.Relationships.Count + 1) + "]")),
        D(RelationshipsDiagnosticCodes.InvalidNumber, "a level of 0", (m, d) => (m with { Team = m.Team.Append(new TeamMember("zz-ours", "o") { Level = 0 }).ToArray() }, d, "team[" + m.Team.Count + "].level")),
        D(RelationshipsDiagnosticCodes.ApprovalRuleWithoutApprover, "a rule nobody approves", (m, d) => (m with { ApprovalRules = m.ApprovalRules.Append(new ApprovalRule("zz-rule", "r")).ToArray() }, d, "approvalRules[" + m.ApprovalRules.Count + "].approvers")),
    };

    private static MapDefect D(string code, string name, Func<RelationshipMap, LocalDate, (RelationshipMap, LocalDate, string)> inject) => new(code, name, inject);

    private static RelationshipMap Person(RelationshipMap m, int index, Func<ClientPerson, ClientPerson> change) =>
        m with { People = m.People.Select((p, i) => i == index ? change(p) : p).ToArray() };
}
