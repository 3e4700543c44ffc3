using System;
using System.Collections.Generic;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Accounts;

/// <summary>The account's people as other areas need them.</summary>
internal static class AccountPeople
{
    /// <summary>
    /// The map's people as the communication programme's directory: each person (trimmed id, first
    /// of a repeated id only, blank ids left out: the map's validator reports those) with the kinds
    /// of their roles, for any decision, and their unit.
    /// </summary>
    public static AudienceDirectory Directory(RelationshipMap map)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<AudienceMember>(map.People.Count);
        foreach (var person in map.People)
        {
            var id = person.Id.Trim();
            if (id.Length == 0 || !seen.Add(id))
            {
                continue;
            }

            var kinds = new List<PersonKind>();
            foreach (var role in person.Roles)
            {
                if (role.Kind is >= StakeholderKind.DecisionMaker and <= StakeholderKind.FallingStar)
                {
                    var kind = (PersonKind)((int)role.Kind - 1);
                    if (!kinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                }
            }

            members.Add(new AudienceMember(id) { Kinds = kinds, Unit = string.IsNullOrWhiteSpace(person.Unit) ? null : person.Unit!.Trim() });
        }

        return new AudienceDirectory(members);
    }
}
