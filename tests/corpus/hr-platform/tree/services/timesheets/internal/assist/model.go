package assist

import "time"

// Employee is the slice of the HR record the timesheet service loads.
type Employee struct {
	ID                string  `json:"id"`
	Number            string  `json:"number"`
	Name              string  `json:"name"`
	WorkEmail         string  `json:"work_email"`
	HomeAddress       string  `json:"home_address"`
	BankAccountNumber string  `json:"bank_account_number"`
	HourlyRate        float64 `json:"hourly_rate"`
	NationalID        string  `json:"national_id"`
	Team              string  `json:"team"`
}

// Timesheet is one approved period for one employee.
type Timesheet struct {
	Period        string
	HoursWorked   float64
	OvertimeHours float64
	NightShifts   int
	SubmittedAt   time.Time
	TokenCount    int // tokens the last explanation used, for cost reports
}
