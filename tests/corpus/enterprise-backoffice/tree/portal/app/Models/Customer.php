<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Customer extends Model
{
    protected $fillable = [
        'full_name', 'email', 'phone', 'date_of_birth', 'national_id', 'postal_address',
    ];

    protected $hidden = ['password', 'remember_token'];

    protected $casts = ['date_of_birth' => 'date'];

    public function policies()
    {
        return $this->hasMany(Policy::class);
    }
}
