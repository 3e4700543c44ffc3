using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>A valid programme indexed for the analyses: items in id order, their messages and audiences by position.</summary>
internal sealed class ProgrammeIndex
{
    public ProgrammeIndex(CommunicationProgramme programme)
    {
        var messages = new Dictionary<string, Message>(StringComparer.Ordinal);
        foreach (var message in programme.Messages)
        {
            messages[message.Id.Trim()] = message;
        }

        Audiences = new Audience[programme.Audiences.Count];
        var audienceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new int[programme.Audiences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(programme.Audiences[a].Id.Trim(), programme.Audiences[b].Id.Trim()));
        for (var i = 0; i < order.Length; i++)
        {
            Audiences[i] = programme.Audiences[order[i]];
            audienceIndex[Audiences[i].Id.Trim()] = i;
        }

        var items = new ProgrammeItem[programme.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = programme.Items[i];
        }

        var ids = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ids[i] = items[i].Id.Trim();
        }

        Array.Sort(ids, items, StringComparer.Ordinal);
        Items = items;
        ItemIds = ids;
        ItemMessages = new Message[items.Length];
        ItemAudiences = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ItemMessages[i] = messages[items[i].Message.Trim()];
            ItemAudiences[i] = audienceIndex[items[i].Audience.Trim()];
        }
    }

    /// <summary>The items, ordered by trimmed id (ordinal).</summary>
    public ProgrammeItem[] Items { get; }

    /// <summary>The trimmed ids of <see cref="Items"/>.</summary>
    public string[] ItemIds { get; }

    /// <summary>The message of each item.</summary>
    public Message[] ItemMessages { get; }

    /// <summary>The position in <see cref="Audiences"/> of each item's audience.</summary>
    public int[] ItemAudiences { get; }

    /// <summary>The audiences, ordered by trimmed id (ordinal).</summary>
    public Audience[] Audiences { get; }
}
