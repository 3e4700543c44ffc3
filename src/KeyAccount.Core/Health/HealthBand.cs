namespace KeyAccount.Core.Health;

/// <summary>The band an account's health score falls in; a higher value is a better band.</summary>
/// <remarks>The thresholds are settings (<see cref="HealthSettings.HealthyFrom"/>, <see cref="HealthSettings.WatchFrom"/>).</remarks>
public enum HealthBand
{
    /// <summary>Below <see cref="HealthSettings.WatchFrom"/>: the account needs action now.</summary>
    AtRisk = 0,

    /// <summary>From <see cref="HealthSettings.WatchFrom"/> to below <see cref="HealthSettings.HealthyFrom"/>: something is slipping; watch it.</summary>
    Watch = 1,

    /// <summary>From <see cref="HealthSettings.HealthyFrom"/> up.</summary>
    Healthy = 2,
}
