namespace SkyRoute.Checkin;

public sealed record Passenger(
    string BookingRef,
    string GivenName,
    string Surname,
    DateOnly DateOfBirth,
    string PassportNumber,
    string Nationality,
    string Email,
    string SeatPreference);
