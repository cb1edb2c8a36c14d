<?php

use Illuminate\Support\Facades\Route;

// Route::get('/old-health', fn () => 'ok');
Route::get('up', fn () => 'ok');
