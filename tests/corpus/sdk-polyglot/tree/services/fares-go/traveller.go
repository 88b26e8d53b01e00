package main

import "time"

// Traveller is the booking profile loaded from the CRM.
type Traveller struct {
	ID             string
	FullName       string
	Email          string
	Phone          string
	DateOfBirth    time.Time
	PassportNumber string
	HomeAddress    string
	LoyaltyTier    string
	CardLast4      string
}

// Itinerary is one booked trip.
type Itinerary struct {
	PNR      string
	Origin   string
	Dest     string
	Departs  time.Time
	Segments int
}
