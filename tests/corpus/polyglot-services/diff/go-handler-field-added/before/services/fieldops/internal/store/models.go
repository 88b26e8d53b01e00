package store

import (
	"context"
	"time"
)

type Customer struct {
	ID            int64
	AccountNumber string
	FullName      string
	FirstName     string
	Email         string
	PhoneNumber   string
	HomeAddress   string
	DateOfBirth   time.Time
	Latitude      float64
	Longitude     float64
	PlanCode      string
}

type WorkOrder struct {
	ID           string
	CustomerID   int64
	Kind         string // install, repair, relocation
	Notes        string
	TechnicianID string
	ScheduledFor time.Time
	CabinetID    string
}

type Survey struct {
	WorkOrderID string
	CustomerID  int64
	Score       int
	Comments    string
}

type Technician struct {
	ID       string
	Name     string
	Email    string
	Region   string
	JobsDone int
}

type Store interface {
	WorkOrder(ctx context.Context, id string) (WorkOrder, error)
	Customer(ctx context.Context, id int64) (Customer, error)
	Survey(ctx context.Context, workOrderID string) (Survey, error)
	CustomersBehindCabinet(ctx context.Context, cabinetID string) ([]Customer, error)
	Technicians(ctx context.Context, region string) ([]Technician, error)
}
