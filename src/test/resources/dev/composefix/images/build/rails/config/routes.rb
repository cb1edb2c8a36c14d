Rails.application.routes.draw do
  # get "health" => "old#health"
  get "up" => "rails/health#show", as: :rails_health_check
  root "pages#home"
end
