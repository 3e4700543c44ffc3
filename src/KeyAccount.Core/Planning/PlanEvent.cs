using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>
/// An event of the plan that deadlines may be relative to, such as the launch of a book series.
/// </summary>
/// <remarks>
/// The event's date is <see cref="Date"/> when given; otherwise the due date of
/// <see cref="Action"/> (the event happens when that action is done); otherwise unknown, which the
/// validator reports at each deadline that needs it (<c>KAP014</c>).
/// </remarks>
public sealed record PlanEvent
{
    private readonly string _id = string.Empty;
    private readonly string _description = string.Empty;

    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id, unique among the plan's events.</param>
    /// <param name="description">What happens, for example "launch of the home-handicraft series".</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public PlanEvent(string id, string description)
    {
        Id = Require.NotNull(id, nameof(id));
        Description = Require.NotNull(description, nameof(description));
    }

    /// <summary>The event's id, referred to by <see cref="GoalDeadline.Event"/>.</summary>
    public string Id
    {
        get => _id;
        init => _id = Require.NotNull(value, nameof(Id));
    }

    /// <summary>What happens.</summary>
    public string Description
    {
        get => _description;
        init => _description = Require.NotNull(value, nameof(Description));
    }

    /// <summary>The known date of the event; null when not fixed.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The id of the action whose completion is the event, used when <see cref="Date"/> is null.</summary>
    public string? Action { get; init; }
}
